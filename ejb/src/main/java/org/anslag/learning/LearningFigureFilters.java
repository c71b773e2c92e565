package org.anslag.learning;

import java.util.Map;
import org.anslag.shared.RuleViolation;

/** The filters the indicator and calibration figures share: a programme (required) and a call (optional). */
final class LearningFigureFilters {

    private LearningFigureFilters() {
    }

    static Long programme(Map<String, String> filters) {
        Long programme = id(filters, "programme");
        if (programme == null) {
            throw new RuleViolation("programme", "themes.filter.programme");
        }
        return programme;
    }

    static Long id(Map<String, String> filters, String field) {
        String value = filters.get(field);
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!value.strip().matches("\\d{1,18}")) {
            throw new RuleViolation(field, field.equals("call") ? "themes.filter.call" : "themes.filter.programme");
        }
        return Long.valueOf(value.strip());
    }
}
