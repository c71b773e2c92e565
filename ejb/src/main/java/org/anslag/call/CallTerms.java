package org.anslag.call;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.anslag.shared.RuleViolation;

/** What a programme manager fills in for a new call; checked before anything is saved. */
public record CallTerms(String title, CallType type, Instant opensAt, Instant closesAt,
                        BigDecimal budget, BigDecimal maxGrant, List<Criterion> criteria) {

    public record Criterion(String name, int weight) {
    }

    public CallTerms {
        if (title == null || title.isBlank()) {
            throw new RuleViolation("title", "validation.required");
        }
        if (type == null) {
            throw new RuleViolation("type", "validation.required");
        }
        checkScheduleAndMoney(opensAt, closesAt, budget, maxGrant);
        criteria = List.copyOf(criteria);
        if (criteria.isEmpty()) {
            throw new RuleViolation("criteria", "call.noCriteria");
        }
        for (Criterion criterion : criteria) {
            if (criterion.name() == null || criterion.name().isBlank()) {
                throw new RuleViolation("criteria", "call.criterionWithoutName");
            }
            if (criterion.weight() < 1 || criterion.weight() > 100) {
                throw new RuleViolation("criteria", "call.criterionWeight", criterion.name());
            }
        }
    }

    static void checkScheduleAndMoney(Instant opensAt, Instant closesAt, BigDecimal budget, BigDecimal maxGrant) {
        if (opensAt == null) {
            throw new RuleViolation("opensAt", "validation.required");
        }
        if (closesAt == null) {
            throw new RuleViolation("closesAt", "validation.required");
        }
        if (!closesAt.isAfter(opensAt)) {
            throw new RuleViolation("closesAt", "call.closesBeforeOpens");
        }
        if (budget == null || budget.signum() <= 0) {
            throw new RuleViolation("budget", "validation.positiveAmount");
        }
        if (maxGrant == null || maxGrant.signum() <= 0) {
            throw new RuleViolation("maxGrant", "validation.positiveAmount");
        }
        if (maxGrant.compareTo(budget) > 0) {
            throw new RuleViolation("maxGrant", "call.maxGrantAboveBudget");
        }
    }
}
