package org.anslag.budget;

import java.math.BigDecimal;

/** A budget line as typed: whose cost, which year, what for, how much, and how much of it they pay. */
public record BudgetEntry(Long organisationId, int year, CostCategory category, BigDecimal cost,
                          BigDecimal coFunding) {
}
