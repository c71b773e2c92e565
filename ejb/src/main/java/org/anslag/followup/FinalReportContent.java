package org.anslag.followup;

import java.math.BigDecimal;
import java.util.List;
import org.anslag.shared.RuleViolation;

/**
 * What a project tells at its end: its outcomes against the goals, the results others could
 * reuse (at least one), its lessons and what it spent in all (kronor, zero or more).
 */
public record FinalReportContent(String outcomes, List<ReusableResult> results, String lessons, BigDecimal totalSpent) {

    static final int TEXT_LENGTH = 8000;

    public FinalReportContent {
        outcomes = text("outcomes", outcomes);
        lessons = text("lessons", lessons);
        results = results == null ? List.of() : List.copyOf(results);
        if (results.isEmpty()) {
            throw new RuleViolation("results", "finalReport.noResult");
        }
        if (totalSpent == null) {
            throw new RuleViolation("totalSpent", "validation.required");
        }
        if (totalSpent.signum() < 0) {
            throw new RuleViolation("totalSpent", "amount.negative");
        }
    }

    private static String text(String field, String typed) {
        if (typed == null || typed.isBlank()) {
            throw new RuleViolation(field, "validation.required");
        }
        if (typed.strip().length() > TEXT_LENGTH) {
            throw new RuleViolation(field, "finalReport.tooLong", TEXT_LENGTH);
        }
        return typed.strip();
    }
}
