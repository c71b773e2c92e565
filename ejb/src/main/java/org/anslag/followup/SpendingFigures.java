package org.anslag.followup;

import java.math.BigDecimal;

/** One heading of a report's spending as its reader sees it: the period's amount, the deviation to date, the explanation. */
public record SpendingFigures(CostHeading heading, String organisationName, BigDecimal amount, BudgetDeviation deviation,
                              String explanation) {

    /** No amount: the version was sent before spending was asked for. */
    public boolean isReported() {
        return amount != null;
    }
}
