package org.anslag.followup;

import org.anslag.shared.RuleViolation;

/** The names and labels the follow-up keeps in both languages: required, short, without stray spaces. */
final class Labels {

    private Labels() {
    }

    static String required(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new RuleViolation(field, "validation.required");
        }
        if (value.strip().length() > maxLength) {
            throw new RuleViolation(field, "validation.tooLong", maxLength);
        }
        return value.strip();
    }
}
