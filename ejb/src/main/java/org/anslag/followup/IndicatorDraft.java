package org.anslag.followup;

import java.math.BigDecimal;
import org.anslag.shared.RuleViolation;

/** What a manager says about an indicator: its name in both languages, unit, target and whether it adds up over periods. */
public record IndicatorDraft(String nameSv, String nameEn, IndicatorUnit unit, BigDecimal target, boolean cumulative) {

    static final int MAX_NAME = 100;

    public IndicatorDraft {
        nameSv = name("nameSv", nameSv);
        nameEn = name("nameEn", nameEn);
        if (unit == null) {
            throw new RuleViolation("unit", "validation.required");
        }
        if (target != null) {
            unit.check("target", target);
        }
    }

    private static String name(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new RuleViolation(field, "validation.required");
        }
        if (value.strip().length() > MAX_NAME) {
            throw new RuleViolation(field, "validation.tooLong", MAX_NAME);
        }
        return value.strip();
    }
}
