package org.anslag.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;

/** Queues e-mail in the caller's transaction: it exists exactly when the change it reports does. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Outbox {

    @PersistenceContext
    EntityManager em;
    @Inject
    Clock clock;

    /** Queues the mail unless mail with the same dedupe key is already queued or sent. */
    public void queue(Mail mail) {
        if (mail.recipient() == null || mail.recipient().isBlank()) {
            return;
        }
        boolean known = !em.createQuery("select m.id from OutboxMessage m where m.dedupeKey = :key", Long.class)
                .setParameter("key", mail.dedupeKey()).setMaxResults(1).getResultList().isEmpty();
        if (!known) {
            em.persist(new OutboxMessage(mail.dedupeKey(), mail.recipient(), mail.subject(), mail.body(),
                    clock.instant()));
        }
    }
}
