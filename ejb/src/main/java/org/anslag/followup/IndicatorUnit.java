package org.anslag.followup;

import java.math.BigDecimal;
import org.anslag.shared.RuleViolation;

/** What an indicator counts or measures; counts of things and people take whole numbers only. */
public enum IndicatorUnit {
    COUNT(true), PEOPLE(true), HOURS(false), KRONOR(false), PERCENT(false);

    private final boolean whole;

    IndicatorUnit(boolean whole) {
        this.whole = whole;
    }

    public boolean isWhole() {
        return whole;
    }

    /** A value or target in this unit: not negative, whole for a count, at most two decimals otherwise. */
    public void check(String field, BigDecimal value) {
        if (value.signum() < 0) {
            throw new RuleViolation(field, "validation.notNegative");
        }
        if (whole && value.stripTrailingZeros().scale() > 0) {
            throw new RuleViolation(field, "indicator.wholeNumber");
        }
        if (value.stripTrailingZeros().scale() > 2) {
            throw new RuleViolation(field, "indicator.twoDecimals");
        }
    }
}
