package org.anslag.followup;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Spent to date on one cost heading against what the approved budget expects by the end of the
 * reported period. The expectation is the heading's approved total pro rata of the periods
 * passed: after period 2 of 4, half of it. Periods are the grant's unit of reporting and an
 * extension moves them without changing their number, so the rule needs no calendar. Spending
 * more than 10 % above or below the expectation must be explained.
 */
public record BudgetDeviation(BigDecimal approved, BigDecimal expected, BigDecimal spentToDate) {

    /** Deviations above this many per cent need an explanation. */
    public static final BigDecimal LIMIT = BigDecimal.TEN;
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    /** After {@code period} of {@code periods} (1-based). */
    public static BudgetDeviation of(BigDecimal approved, BigDecimal spentToDate, int period, int periods) {
        int passed = Math.max(1, period);
        int all = Math.max(passed, periods);
        BigDecimal expected = approved.multiply(BigDecimal.valueOf(passed)).divide(BigDecimal.valueOf(all), 2, RoundingMode.HALF_UP);
        return new BudgetDeviation(approved, expected, spentToDate);
    }

    /** (spent − expected) / expected in per cent with one decimal; none when nothing was expected. */
    public BigDecimal percent() {
        if (expected.signum() == 0) {
            return spentToDate.signum() == 0 ? BigDecimal.ZERO.setScale(1) : null;
        }
        return spentToDate.subtract(expected).multiply(HUNDRED).divide(expected, 1, RoundingMode.HALF_UP);
    }

    /** More than 10 % off the expectation, either way; any spending where nothing was budgeted. */
    public boolean needsExplanation() {
        // compared unrounded: 10.001 % is above the limit even though it shows as 10,0 %
        return spentToDate.subtract(expected).abs().multiply(HUNDRED).compareTo(LIMIT.multiply(expected)) > 0;
    }
}
