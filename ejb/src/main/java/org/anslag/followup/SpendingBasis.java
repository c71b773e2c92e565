package org.anslag.followup;

import java.io.Serializable;
import java.math.BigDecimal;
import org.anslag.shared.RuleViolation;

/**
 * What one cost heading's spending in a period is measured against: its approved total and what
 * the earlier periods' newest versions reported. Refusals name the line by its organisation and
 * cost category (the web layer puts the category into words).
 */
public record SpendingBasis(CostHeading heading, String organisationName, BigDecimal approved, BigDecimal spentBefore,
                            int period, int periods) implements Serializable {

    public BudgetDeviation deviation(BigDecimal amount) {
        return BudgetDeviation.of(approved, spentBefore.add(amount == null ? BigDecimal.ZERO : amount), period, periods);
    }

    /** Refuses a missing amount, one below zero or with öre, and a deviation above the limit without an explanation. */
    public void check(SpendingEntry entry) {
        BigDecimal amount = entry.amount();
        if (amount == null) {
            throw refusal("amount", "spending.missing");
        }
        if (amount.signum() < 0 || amount.stripTrailingZeros().scale() > 0) {
            throw refusal("amount", "spending.badAmount");
        }
        if (entry.explanation() != null && entry.explanation().length() > SpendingEntry.MAX_EXPLANATION) {
            throw refusal("explanation", "spending.explanationTooLong");
        }
        if (entry.explanation() == null && deviation(amount).needsExplanation()) {
            throw refusal("explanation", "spending.explanationNeeded");
        }
    }

    private RuleViolation refusal(String field, String key) {
        return new RuleViolation(field, key, organisationName, heading.category(), SpendingEntry.MAX_EXPLANATION);
    }
}
