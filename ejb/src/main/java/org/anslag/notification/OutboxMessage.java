package org.anslag.notification;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;

/**
 * One e-mail waiting to be sent, or sent; the dedupe key makes queuing the same news twice harmless.
 * Its body is kept only as long as it is needed: a secret one until it is delivered, any other for
 * the retention period after it ({@link OutboxRetention}). Who got what when stays.
 */
@Entity
public class OutboxMessage {

    private static final Duration FIRST_PAUSE = Duration.ofSeconds(5);
    private static final Duration LONGEST_PAUSE = Duration.ofHours(1);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String dedupeKey;
    private String recipient;
    private String subject;
    private String body;
    private boolean carriesSecret;
    private Instant bodyErasedAt;
    private Instant createdAt;
    private Instant sentAt;
    private int attempts;
    private String lastError;
    private Instant nextAttemptAt;
    /** Attempts the sender makes before it gives up; an administrator's "send again" grants one more. */
    private int attemptLimit = OutboxSender.MAX_ATTEMPTS;
    @Version
    private long version;

    protected OutboxMessage() {
    }

    OutboxMessage(Mail mail, Instant createdAt) {
        this.dedupeKey = mail.dedupeKey();
        this.recipient = mail.recipient();
        this.subject = mail.subject();
        this.body = mail.body();
        this.carriesSecret = mail.carriesSecret();
        this.createdAt = createdAt;
    }

    /** Delivered: a secret leaves the outbox with it. */
    void sent(Instant at) {
        this.sentAt = at;
        this.attempts++;
        this.lastError = null;
        if (carriesSecret) {
            eraseBody(at);
        }
    }

    /** No attempt is left: a secret that could not be delivered is not kept either. */
    void givenUp(Instant at) {
        if (carriesSecret) {
            eraseBody(at);
        }
    }

    private void eraseBody(Instant at) {
        this.body = null;
        this.bodyErasedAt = at;
    }

    /** Records the failure and when to try again: 5 s, 10 s, 20 s … doubling up to an hour. */
    void failed(String error, Instant at) {
        this.attempts++;
        this.lastError = error == null ? null : error.substring(0, Math.min(error.length(), 1000));
        this.nextAttemptAt = at.plus(pauseAfter(attempts));
    }

    /** Given up or not, the sender tries it once more now; the attempts so far stay on record. */
    void sendAgain(Instant at) {
        this.nextAttemptAt = at;
        this.attemptLimit = Math.max(attemptLimit, attempts + 1);
    }

    /** Still to be delivered, and its text is there to be sent. */
    public boolean waits() {
        return sentAt == null && body != null;
    }

    public boolean givenUp() {
        return sentAt == null && attempts >= attemptLimit;
    }

    static Duration pauseAfter(int attempts) {
        Duration pause = FIRST_PAUSE.multipliedBy(1L << Math.min(attempts - 1, 20));
        return pause.compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public Long getId() {
        return id;
    }

    public String getDedupeKey() {
        return dedupeKey;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    /** The text, while it is kept (see {@link #getBodyErasedAt()}). */
    public String getBody() {
        return body;
    }

    public boolean carriesSecret() {
        return carriesSecret;
    }

    /** When the body was erased; null while it is kept. */
    public Instant getBodyErasedAt() {
        return bodyErasedAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public int getAttemptLimit() {
        return attemptLimit;
    }

    public int getAttempts() {
        return attempts;
    }

    public String getLastError() {
        return lastError;
    }
}
