package org.anslag.notification;

import jakarta.annotation.Resource;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.anslag.shared.infrastructure.RowLocks;

/**
 * Sends queued mail. {@link SendAfterCommit} asks for a round as soon as a transaction that queued
 * mail commits; the schedule asks every five seconds for what is left (a failed attempt whose pause
 * is over, or mail queued while the server went down). Only committed messages are seen, so mail
 * about a change that was rolled back never leaves.
 * <p>
 * One round runs at a time and sends everything due over one SMTP connection: a burst of mail,
 * such as thousands of review reminders at once, costs one connection rather than one each. Each
 * message is still claimed with a row lock and marked sent in a transaction of its own, so a second
 * server or a retry does not send it again, and a failure costs only that message's attempt.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OutboxSender {

    private static final Logger LOG = Logger.getLogger(OutboxSender.class.getName());
    /** With the doubling pause, twelve attempts span about two and a half hours (a message's own limit may be higher). */
    static final int MAX_ATTEMPTS = 12;
    private static final int BATCH = 100;

    @PersistenceContext
    EntityManager em;
    @Resource(lookup = "java:jboss/mail/Anslag")
    Session session;
    @jakarta.inject.Inject
    Clock clock;
    @EJB
    OutboxSender self;

    /** Requests for a round since the running one began; zero when none runs. */
    private final AtomicInteger requests = new AtomicInteger();

    @Schedule(second = "*/5", minute = "*", hour = "*", persistent = false)
    public void sendPending() {
        sendSoon();
    }

    /** Starts a round unless one is running; a running one goes round again and so sees the new mail. */
    public void sendSoon() {
        if (requests.getAndIncrement() == 0) {
            self.sendRounds();
        }
    }

    /**
     * Runs on the EJB container's asynchronous threads, so a slow SMTP server holds neither the
     * caller nor the managed executor that runs the process engine's jobs.
     */
    @Asynchronous
    public void sendRounds() {
        try {
            int asked;
            do {
                asked = requests.get();
                sendDue();
            } while (!requests.compareAndSet(asked, 0));
        } catch (RuntimeException e) {
            requests.set(0); // the schedule's next request starts afresh
            LOG.log(Level.WARNING, "Outbox round stopped: " + e.getMessage(), e);
        }
    }

    private void sendDue() {
        try (MailConnection connection = new MailConnection(session)) {
            List<Long> due;
            do {
                due = self.due();
                for (Long id : due) {
                    self.send(id, connection);
                    if (connection.unreachable()) {
                        return; // the rest would fail alike; they wait for the schedule's next round
                    }
                }
            } while (due.size() == BATCH);
        }
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public List<Long> due() {
        return em.createQuery(
                """
                select m.id from OutboxMessage m where m.sentAt is null and m.attempts < m.attemptLimit
                and (m.nextAttemptAt is null or m.nextAttemptAt <= :now) order by m.id""", Long.class)
                .setParameter("now", clock.instant()).setMaxResults(BATCH)
                .getResultList();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void send(Long id, MailConnection connection) {
        RowLocks.lock(em, "outbox_message", id);
        OutboxMessage message = em.find(OutboxMessage.class, id);
        if (message == null || message.getSentAt() != null || message.givenUp()) {
            return;
        }
        try {
            connection.send(message);
            message.sent(clock.instant());
        } catch (MessagingException | RuntimeException e) {
            message.failed(e.getMessage(), clock.instant());
            if (message.givenUp()) {
                message.givenUp(clock.instant());
            }
            LOG.log(Level.WARNING, "Mail " + id + " to " + message.getRecipient() + " not sent (attempt "
                    + message.getAttempts() + "): " + e.getMessage());
        }
    }
}
