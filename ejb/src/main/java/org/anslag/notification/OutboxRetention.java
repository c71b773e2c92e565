package org.anslag.notification;

import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Erases the bodies of mail older than the retention period (ADMIN's retention rule SENT_MAIL,
 * else ANSLAG_MAIL_RETENTION_DAYS, default 7): sent mail, and mail given up after its last attempt. Recipient, subject, dedupe key (which
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
        return eraseBodiesOlderThan(now.minus(retention()), now);
    }

    /** The rule's period; read by plain SQL, since the retention area builds on this one. */
    private Duration retention() {
        List<?> rule = em.createNativeQuery("select keep_days from retention_rule where record_kind = 'SENT_MAIL'")
                .getResultList();
        return rule.isEmpty() ? retention(System.getenv("ANSLAG_MAIL_RETENTION_DAYS"))
                : Duration.ofDays(((Number) rule.get(0)).longValue());
    }

    /** Erases the bodies of mail sent (or given up) before the cutoff; the retention rules' run. */
    public int eraseBodiesOlderThan(Instant cutoff, Instant now) {
        return em.createQuery("""
                update OutboxMessage m set m.body = null, m.bodyErasedAt = :now
                where m.body is not null and (m.sentAt < :cutoff
                    or m.sentAt is null and m.attempts >= m.attemptLimit and m.createdAt < :cutoff)""")
                .setParameter("now", now).setParameter("cutoff", cutoff).executeUpdate();
    }

    static Duration retention(String configured) {
        return Duration.ofDays(configured == null || configured.isBlank() ? DEFAULT_DAYS : Long.parseLong(configured.strip()));
    }
}
