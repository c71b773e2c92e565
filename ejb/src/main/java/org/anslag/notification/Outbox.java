package org.anslag.notification;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;

/**
 * Queues e-mail in the caller's transaction: it exists exactly when the change it reports does.
 * An EJB rather than a CDI bean: WildFly can race a CDI bean's {@code @PersistenceContext}
 * against the start of the persistence unit when it deploys the EAR.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class Outbox {

    @PersistenceContext
    EntityManager em;
    @Inject
    Clock clock;
    @Inject
    Event<MailQueued> queued;

    /** Queues the mail unless mail with the same dedupe key is already queued or sent. */
    public void queue(Mail mail) {
        if (mail.recipient() == null || mail.recipient().isBlank()) {
            return;
        }
        boolean known = !em.createQuery("select m.id from OutboxMessage m where m.dedupeKey = :key", Long.class)
                .setParameter("key", mail.dedupeKey()).setMaxResults(1).getResultList().isEmpty();
        if (!known) {
            OutboxMessage message = new OutboxMessage(mail, clock.instant());
            em.persist(message);
            queued.fire(new MailQueued());
        }
    }
}
