package org.anslag.shared;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs a change that a business rule should refuse and hands back the refusal for inspection. */
public final class Refusals {

    private Refusals() {
    }

    /** Asserts the change is refused on {@code field} with {@code messageKey}; returns the refusal. */
    public static RuleViolation assertRefused(Runnable change, String field, String messageKey) {
        RuleViolation refusal = refusalOf(change);
        assertThat(refusal.messageKey()).as("message key").isEqualTo(messageKey);
        assertThat(refusal.field()).as("field").isEqualTo(field);
        return refusal;
    }

    public static RuleViolation refusalOf(Runnable change) {
        try {
            change.run();
        } catch (RuleViolation refusal) {
            return refusal;
        }
        throw new AssertionError("expected the change to be refused, but it was accepted");
    }
}
