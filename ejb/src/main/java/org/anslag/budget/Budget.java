package org.anslag.budget;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.anslag.shared.RuleViolation;

/**
 * An application's budget lines and what follows from them: the total cost, the municipalities'
 * own co-funding, the grant asked for (cost − co-funding) and the co-funding share of the cost.
 */
public record Budget(List<BudgetEntry> entries) {

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    public Budget {
        entries = List.copyOf(entries);
    }

    /**
     * Refuses a line that cannot be right whatever the call says, naming its row (1-based):
     * an organisation not in the application, a year outside the project's years, amounts that
     * are negative or have öre, co-funding above the cost.
     */
    public void check(Set<Long> organisations, int firstYear, int lastYear) {
        for (int row = 0; row < entries.size(); row++) {
            BudgetEntry entry = entries.get(row);
            int line = row + 1;
            if (entry.organisationId() == null || !organisations.contains(entry.organisationId())) {
                throw new RuleViolation("budget", "budget.organisationNotInApplication", line);
            }
            if (entry.year() < firstYear || entry.year() > lastYear) {
                throw new RuleViolation("budget", "budget.yearOutside", line, String.valueOf(firstYear),
                        String.valueOf(lastYear));
            }
            if (entry.category() == null) {
                throw new RuleViolation("budget", "budget.noCategory", line);
            }
            checkAmount(entry.cost(), line);
            checkAmount(entry.coFunding(), line);
            if (entry.coFunding().compareTo(entry.cost()) > 0) {
                throw new RuleViolation("budget", "budget.coFundingAboveCost", line);
            }
        }
    }

    private static void checkAmount(BigDecimal amount, int line) {
        if (amount == null || amount.signum() < 0 || amount.stripTrailingZeros().scale() > 0) {
            throw new RuleViolation("budget", "budget.amount", line);
        }
    }

    public BigDecimal totalCost() {
        return sum(entries.stream().map(BudgetEntry::cost).toList());
    }

    public BigDecimal totalCoFunding() {
        return sum(entries.stream().map(BudgetEntry::coFunding).toList());
    }

    public BigDecimal grantRequested() {
        return totalCost().subtract(totalCoFunding());
    }

    /** Co-funding as a percentage of the total cost with two decimals; zero for an empty budget. */
    public BigDecimal coFundingShare() {
        BigDecimal cost = totalCost();
        return cost.signum() == 0 ? BigDecimal.ZERO.setScale(2)
                : totalCoFunding().multiply(HUNDRED).divide(cost, 2, RoundingMode.HALF_UP);
    }

    /** Total cost per organisation id. */
    public Map<Long, BigDecimal> costByOrganisation() {
        return entries.stream().collect(Collectors.groupingBy(BudgetEntry::organisationId, TreeMap::new,
                Collectors.reducing(BigDecimal.ZERO, BudgetEntry::cost, BigDecimal::add)));
    }

    /** Total cost per year. */
    public Map<Integer, BigDecimal> costByYear() {
        return entries.stream().collect(Collectors.groupingBy(BudgetEntry::year, TreeMap::new,
                Collectors.reducing(BigDecimal.ZERO, BudgetEntry::cost, BigDecimal::add)));
    }

    private static BigDecimal sum(List<BigDecimal> amounts) {
        return amounts.stream().map(a -> a == null ? BigDecimal.ZERO : a).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
