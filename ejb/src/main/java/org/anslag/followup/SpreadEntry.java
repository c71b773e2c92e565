package org.anslag.followup;

import org.anslag.shared.RuleViolation;

/** Another municipality the report names as having adopted the project's results or shown interest, with a short note. */
public record SpreadEntry(Long organisationId, SpreadKind kind, String note) {

    public static final int MAX_NOTE = 300;

    public SpreadEntry {
        if (organisationId == null) {
            throw new RuleViolation("spread", "spread.unknown", "");
        }
        if (kind == null) {
            throw new RuleViolation("spread", "spread.noKind");
        }
        note = note == null || note.isBlank() ? null : note.strip();
        if (note != null && note.length() > MAX_NOTE) {
            throw new RuleViolation("spread", "spread.noteTooLong", MAX_NOTE);
        }
    }
}
