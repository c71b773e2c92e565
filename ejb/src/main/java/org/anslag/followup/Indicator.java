package org.anslag.followup;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.util.Locale;
import org.anslag.shared.RuleViolation;

/**
 * A figure a call's projects report every period. A cumulative indicator adds up over the periods
 * and its running total is compared with the target; any other is compared period by period.
 */
@Entity
@Table(name = "call_indicator")
public class Indicator {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long callId;
    private int position;
    private String nameSv;
    private String nameEn;
    @Enumerated(EnumType.STRING)
    private IndicatorUnit unit;
    private BigDecimal target;
    private boolean cumulative;
    private String seedCode;
    @Version
    private long version;

    protected Indicator() {
    }

    Indicator(Long callId, int position, IndicatorDraft draft, String seedCode) {
        this.callId = callId;
        this.position = position;
        this.unit = draft.unit();
        this.seedCode = seedCode;
        change(draft);
    }

    /** The unit stays: values already reported were checked against it. */
    void change(IndicatorDraft draft) {
        if (draft.unit() != unit) {
            throw new RuleViolation("unit", "indicator.unitFixed");
        }
        this.nameSv = draft.nameSv();
        this.nameEn = draft.nameEn();
        this.target = draft.target();
        this.cumulative = draft.cumulative();
    }

    Indicator copyTo(Long otherCallId) {
        return new Indicator(otherCallId, position, new IndicatorDraft(nameSv, nameEn, unit, target, cumulative), seedCode);
    }

    /** A period's value: given, not negative, and whole for a count. */
    public void check(BigDecimal value) {
        if (value == null) {
            throw new RuleViolation("value", "validation.required");
        }
        unit.check("value", value);
    }

    public String name(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? nameEn : nameSv;
    }

    public Long getId() {
        return id;
    }

    public Long getCallId() {
        return callId;
    }

    public int getPosition() {
        return position;
    }

    public String getNameSv() {
        return nameSv;
    }

    public String getNameEn() {
        return nameEn;
    }

    public IndicatorUnit getUnit() {
        return unit;
    }

    public BigDecimal getTarget() {
        return target;
    }

    public boolean isCumulative() {
        return cumulative;
    }
}
