package org.anslag.finance;

import java.math.BigDecimal;

/**
 * What a project reported for one indicator in one period (newest version of the period's
 * report); for a cumulative indicator also the total to date, which is what its target is for.
 */
public record IndicatorFigure(String applicationNumber, String title, String indicator, String unit, int period,
                              BigDecimal value, BigDecimal toDate, BigDecimal target) {
}
