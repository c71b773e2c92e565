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
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.anslag.shared.infrastructure.RowLocks;

/**
 * Sends queued mail. {@link SendAfterCommit} hands each message over as soon as its transaction
 * commits; this schedule picks up what is left (a failed attempt whose pause is over, or mail
 * queued while the server went down). Only committed messages are seen, so mail about a change
 * that was rolled back never leaves. Each message is claimed with a row lock in its own
 * transaction and marked sent there, so a second server or a retry does not send it again. The
 * row lock is also why the bean needs no lock of its own: a container lock made every send wait
 * for the schedule's round, and timed out under load.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OutboxSender {

    private static final Logger LOG = Logger.getLogger(OutboxSender.class.getName());
    /** With the doubling pause, twelve attempts span about two and a half hours. */
    static final int MAX_ATTEMPTS = 12;

    @PersistenceContext
    EntityManager em;
    @Resource(lookup = "java:jboss/mail/Anslag")
    Session session;
    @jakarta.inject.Inject
    Clock clock;
    @EJB
    OutboxSender self;

    @Schedule(second = "*/5", minute = "*", hour = "*", persistent = false)
    public void sendPending() {
        List<Long> pending = em.createQuery(
                """
                select m.id from OutboxMessage m where m.sentAt is null and m.attempts < :max
                and (m.nextAttemptAt is null or m.nextAttemptAt <= :now) order by m.id""", Long.class)
                .setParameter("max", MAX_ATTEMPTS).setParameter("now", clock.instant()).setMaxResults(100).getResultList();
        for (Long id : pending) {
            self.send(id);
        }
    }

    /**
     * Sends on the EJB container's asynchronous threads, so a slow SMTP server holds neither the
     * caller nor the managed executor that runs the process engine's jobs.
     */
    @Asynchronous
    public void sendSoon(Long id) {
        self.send(id);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void send(Long id) {
        RowLocks.lock(em, "outbox_message", id);
        OutboxMessage message = em.find(OutboxMessage.class, id);
        if (message == null || message.getSentAt() != null || message.getAttempts() >= MAX_ATTEMPTS) {
            return;
        }
        try {
            MimeMessage mail = new MimeMessage(session);
            mail.setRecipient(Message.RecipientType.TO, new InternetAddress(message.getRecipient()));
            mail.setSubject(message.getSubject(), "UTF-8");
            mail.setText(message.getBody(), "UTF-8");
            mail.setHeader("Message-ID", "<outbox-" + message.getId() + "." + message.getDedupeKey().hashCode() + "@anslag>");
            Transport.send(mail);
            message.sent(clock.instant());
        } catch (MessagingException | RuntimeException e) {
            message.failed(e.getMessage(), clock.instant());
            LOG.log(Level.WARNING, "Mail " + id + " to " + message.getRecipient() + " not sent (attempt "
                    + message.getAttempts() + "): " + e.getMessage());
        }
    }
}
