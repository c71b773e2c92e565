package org.anslag.notification;

/** A mail was written to the outbox; it may leave once the transaction that wrote it commits. */
public record MailQueued() {
}
