package org.anslag.followup;

import java.math.BigDecimal;
import org.anslag.shared.RuleViolation;

/** What a manager says about an indicator: its name in both languages, unit, target and whether it adds up over periods. */
public record IndicatorDraft(String nameSv, String nameEn, IndicatorUnit unit, BigDecimal target, boolean cumulative) {

    static final int MAX_NAME = 100;

    public IndicatorDraft {
        nameSv = Labels.required("nameSv", nameSv, MAX_NAME);
        nameEn = Labels.required("nameEn", nameEn, MAX_NAME);
        if (unit == null) {
            throw new RuleViolation("unit", "validation.required");
        }
        if (target != null) {
            unit.check("target", target);
        }
    }
}
