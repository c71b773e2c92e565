package org.anslag.notification;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import org.anslag.shared.RuleViolation;

/**
 * The mail the outbox has not delivered, oldest first, and sending one again. The caller checks who
 * may; the body is never handed out here.
 */
@Stateless
public class UndeliveredMail {

    @PersistenceContext
    EntityManager em;
    @Inject
    Clock clock;
    @Inject
    Event<MailQueued> queued;

    public List<OutboxMessage> page(int first, int size) {
        return em.createQuery("select m from OutboxMessage m where m.sentAt is null order by m.createdAt, m.id",
                OutboxMessage.class).setFirstResult(first).setMaxResults(size).getResultList();
    }

    public long count() {
        return em.createQuery("select count(m) from OutboxMessage m where m.sentAt is null", Long.class).getSingleResult();
    }

    /**
     * Makes the mail due now, given up or not; its attempts stay on record. The sender is asked for a
     * round once this commits.
     */
    public OutboxMessage sendAgain(long id) {
        OutboxMessage message = em.find(OutboxMessage.class, id);
        if (message == null || message.getSentAt() != null) {
            throw new RuleViolation("mail", "operations.mailNoLongerWaits");
        }
        if (message.getBody() == null) {
            throw new RuleViolation("mail", "operations.mailTextGone");
        }
        if (!message.givenUp() && (message.getNextAttemptAt() == null || !message.getNextAttemptAt().isAfter(clock.instant()))) {
            throw new RuleViolation("mail", "operations.mailAlreadyDue");
        }
        message.sendAgain(clock.instant());
        queued.fire(new MailQueued());
        return message;
    }
}
