package org.anslag.notification;

import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Erases the bodies of mail older than the retention period (ANSLAG_MAIL_RETENTION_DAYS, default
 * 7): sent mail, and mail given up after its last attempt. Recipient, subject, dedupe key (which
 * names the kind of news) and times stay, so who was told what when can still be answered; the
 * Message-ID follows from the id and the key. Every server of a cluster may run it: erasing twice
 * changes nothing.
 */
@Stateless
public class OutboxRetention {

    static final long DEFAULT_DAYS = 7;

    @PersistenceContext
    EntityManager em;
    @Inject
    Clock clock;

    @Schedule(minute = "17", hour = "*", persistent = false)
    public void eraseExpiredBodies() {
        eraseBodiesAsOf(clock.instant());
    }

    /** Erases what is older than the retention period as of the given moment; returns how many bodies went. */
    public int eraseBodiesAsOf(Instant now) {
        Instant cutoff = now.minus(retention());
        return em.createQuery("""
                update OutboxMessage m set m.body = null, m.bodyErasedAt = :now
                where m.body is not null and (m.sentAt < :cutoff
                    or m.sentAt is null and m.attempts >= :max and m.createdAt < :cutoff)""")
                .setParameter("now", now).setParameter("cutoff", cutoff).setParameter("max", OutboxSender.MAX_ATTEMPTS)
                .executeUpdate();
    }

    static Duration retention() {
        return retention(System.getenv("ANSLAG_MAIL_RETENTION_DAYS"));
    }

    static Duration retention(String configured) {
        return Duration.ofDays(configured == null || configured.isBlank() ? DEFAULT_DAYS : Long.parseLong(configured.strip()));
    }
}
