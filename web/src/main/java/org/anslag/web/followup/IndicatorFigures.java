package org.anslag.web.followup;

import java.math.BigDecimal;
import org.anslag.followup.IndicatorUnit;

/** An indicator as a report's reader sees it: the period's value, the running total if it adds up, the target. */
public record IndicatorFigures(String name, IndicatorUnit unit, BigDecimal value, BigDecimal toDate, BigDecimal target) {
}
