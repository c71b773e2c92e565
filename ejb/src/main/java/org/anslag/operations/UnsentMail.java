package org.anslag.operations;

import java.io.Serializable;
import java.time.Instant;
import org.anslag.notification.OutboxMessage;

/**
 * A mail not yet delivered, as the operations page shows it: never its body. {@code due} says the
 * outbox sends it in its next round anyway, so sending it again would change nothing.
 */
public record UnsentMail(long id, String recipient, String subject, int attempts, String lastError, Instant createdAt,
        Instant nextAttemptAt, boolean givenUp, boolean due, boolean textKept) implements Serializable {

    static UnsentMail of(OutboxMessage message, Instant now) {
        boolean due = !message.givenUp() && (message.getNextAttemptAt() == null || !message.getNextAttemptAt().isAfter(now));
        return new UnsentMail(message.getId(), message.getRecipient(), message.getSubject(), message.getAttempts(),
                message.getLastError(), message.getCreatedAt(), message.getNextAttemptAt(), message.givenUp(), due,
                message.getBody() != null);
    }

    /** Waiting for a pause to end or given up, with its text there to send. */
    public boolean canBeSentAgain() {
        return textKept && !due;
    }
}
