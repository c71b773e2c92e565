package org.anslag.notification;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

/**
 * Sends a queued mail right after its transaction commits, asynchronously so the user's request
 * does not wait for the SMTP server. Nothing is sent for a rolled-back change; mail the server
 * could not send before it stopped goes out with the outbox schedule's next round.
 */
@ApplicationScoped
public class SendAfterCommit {

    @EJB
    OutboxSender sender;

    public void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailQueued queued) {
        sender.sendSoon();
    }
}
