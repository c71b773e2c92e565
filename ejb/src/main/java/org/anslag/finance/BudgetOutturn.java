package org.anslag.finance;

import java.math.BigDecimal;

/**
 * A partner organisation's part of a grant: its approved budget (the cost of its budget lines)
 * and what the newest version of each period's progress report says it spent.
 */
public record BudgetOutturn(String applicationNumber, String organisation, String county, BigDecimal approved,
                            BigDecimal spent) {
}
