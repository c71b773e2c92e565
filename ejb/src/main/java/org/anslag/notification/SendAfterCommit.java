package org.anslag.notification;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.concurrent.RejectedExecutionException;

/**
 * Sends a queued mail right after its transaction commits, on the server's managed executor so
 * the user's request does not wait for the SMTP server. Nothing is sent for a rolled-back change;
 * if the executor is full the outbox schedule sends the mail a few seconds later instead.
 */
@ApplicationScoped
public class SendAfterCommit {

    @Resource
    ManagedExecutorService executor;
    @EJB
    OutboxSender sender;

    public void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailQueued queued) {
        try {
            executor.execute(() -> sender.send(queued.messageId()));
        } catch (RejectedExecutionException busy) {
            // the schedule's next round sends it
        }
    }
}
