package org.anslag.followup;

import java.math.BigDecimal;
import org.anslag.budget.CostCategory;

/** What the coordinator typed for one cost heading: spent in the period, and why it deviates where it does. */
public record SpendingEntry(Long organisationId, CostCategory category, BigDecimal amount, String explanation) {

    public static final int MAX_EXPLANATION = 2000;

    public SpendingEntry {
        explanation = explanation == null || explanation.isBlank() ? null : explanation.strip();
    }

    public CostHeading heading() {
        return new CostHeading(organisationId, category);
    }
}
