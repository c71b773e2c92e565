package org.anslag.web.followup;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Locale;
import org.anslag.followup.Indicator;
import org.anslag.followup.IndicatorUnit;

/** One indicator on the report form: its name, what was reported before, and the value typed for this period. */
public class IndicatorLine implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Long indicatorId;
    private final String name;
    private final IndicatorUnit unit;
    private final boolean cumulative;
    private final BigDecimal target;
    private final BigDecimal before;
    private String value;

    IndicatorLine(Indicator indicator, Locale locale, BigDecimal before) {
        this.indicatorId = indicator.getId();
        this.name = indicator.name(locale);
        this.unit = indicator.getUnit();
        this.cumulative = indicator.isCumulative();
        this.target = indicator.getTarget();
        this.before = before;
    }

    Long indicatorId() {
        return indicatorId;
    }

    public String getName() {
        return name;
    }

    public IndicatorUnit getUnit() {
        return unit;
    }

    public boolean isCumulative() {
        return cumulative;
    }

    public BigDecimal getTarget() {
        return target;
    }

    /** The running total of the earlier periods (cumulative indicators). */
    public BigDecimal getBefore() {
        return before;
    }

    public String getValue() {
        return value;
    }

    public void setValue(String value) {
        this.value = value;
    }
}
