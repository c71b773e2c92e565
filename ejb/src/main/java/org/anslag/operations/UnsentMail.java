package org.anslag.operations;

import java.io.Serializable;
import java.time.Instant;
import org.anslag.notification.OutboxMessage;

/** A mail not yet delivered, as the operations page shows it: never its body. */
public record UnsentMail(long id, String recipient, String subject, int attempts, String lastError, Instant createdAt,
        Instant nextAttemptAt, boolean givenUp, boolean textKept) implements Serializable {

    static UnsentMail of(OutboxMessage message) {
        return new UnsentMail(message.getId(), message.getRecipient(), message.getSubject(), message.getAttempts(),
                message.getLastError(), message.getCreatedAt(), message.getNextAttemptAt(), message.givenUp(),
                message.getBody() != null);
    }
}
