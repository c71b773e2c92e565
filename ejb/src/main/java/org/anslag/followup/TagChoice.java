package org.anslag.followup;

import org.anslag.shared.RuleViolation;

/** A term the reporter ticked, and an optional short excerpt saying how it showed in the project. */
public record TagChoice(Long termId, String excerpt) {

    public static final int MAX_EXCERPT = 300;

    public TagChoice {
        if (termId == null) {
            throw new RuleViolation("tags", "report.unknownTerm");
        }
        excerpt = excerpt == null || excerpt.isBlank() ? null : excerpt.strip();
        if (excerpt != null && excerpt.length() > MAX_EXCERPT) {
            throw new RuleViolation("excerpt", "report.excerptTooLong", MAX_EXCERPT);
        }
    }
}
