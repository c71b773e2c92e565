package org.anslag.change;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.anslag.budget.Budget;
import org.anslag.budget.BudgetEntry;
import org.anslag.budget.CostCategory;
import org.anslag.shared.RuleViolation;

/**
 * A proposed budget against the approved one: what moves between organisations, years and cost
 * categories. The grant (cost − own co-funding) may be moved about, but its total may not rise.
 */
public record Reallocation(Budget before, Budget after) {

    /** One organisation × year × category, before and after. */
    public record Move(Long organisationId, int year, CostCategory category, BigDecimal costBefore,
                       BigDecimal costAfter, BigDecimal grantBefore, BigDecimal grantAfter) {

        public BigDecimal grantDelta() {
            return grantAfter.subtract(grantBefore);
        }
    }

    private record Key(Long organisationId, int year, CostCategory category) implements Comparable<Key> {
        @Override
        public int compareTo(Key other) {
            int byOrganisation = organisationId.compareTo(other.organisationId);
            if (byOrganisation != 0) {
                return byOrganisation;
            }
            return year != other.year ? Integer.compare(year, other.year) : category.compareTo(other.category);
        }
    }

    /** Refuses a proposal whose grant is higher than the approved budget's, or one that changes nothing. */
    public static Reallocation check(Budget before, Budget after) {
        Reallocation reallocation = new Reallocation(before, after);
        if (after.grantRequested().compareTo(before.grantRequested()) > 0) {
            throw new RuleViolation("budget", "change.grantRises", after.grantRequested(), before.grantRequested());
        }
        if (reallocation.moves().isEmpty()) {
            throw new RuleViolation("budget", "change.nothingChanged");
        }
        return reallocation;
    }

    /** Only the lines that differ, in organisation, year and category order. */
    public List<Move> moves() {
        Map<Key, BigDecimal[]> sums = new TreeMap<>();
        add(sums, before.entries(), 0);
        add(sums, after.entries(), 2);
        List<Move> moves = new ArrayList<>();
        sums.forEach((key, s) -> {
            if (s[0].compareTo(s[2]) != 0 || s[1].compareTo(s[3]) != 0) {
                moves.add(new Move(key.organisationId(), key.year(), key.category(), s[0], s[2], s[1], s[3]));
            }
        });
        return moves;
    }

    /** The grant that changes place: the sum of what the lines that gain receive. */
    public BigDecimal movedAmount() {
        return moves().stream().map(Move::grantDelta).filter(delta -> delta.signum() > 0)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static void add(Map<Key, BigDecimal[]> sums, List<BudgetEntry> entries, int offset) {
        for (BudgetEntry entry : entries) {
            BigDecimal[] s = sums.computeIfAbsent(new Key(entry.organisationId(), entry.year(), entry.category()),
                    key -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO});
            s[offset] = s[offset].add(entry.cost());
            s[offset + 1] = s[offset + 1].add(entry.cost().subtract(entry.coFunding()));
        }
    }
}
