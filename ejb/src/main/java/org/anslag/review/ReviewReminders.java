package org.anslag.review;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.anslag.application.GrantApplication;
import org.anslag.notification.Links;
import org.anslag.notification.Mail;
import org.anslag.notification.MailTexts;
import org.anslag.notification.Outbox;
import org.anslag.organisation.Organisations;
import org.anslag.organisation.UserAccount;
import org.anslag.shared.NotFound;
import org.anslag.shared.Role;

/**
 * Mails for reviews that run late: a reminder to the evaluator before the due date, and word to
 * the programme managers after it. Each is keyed to the review, so a retried job mails once.
 */
@Stateless
public class ReviewReminders {

    @PersistenceContext
    EntityManager em;
    @Inject
    Outbox outbox;
    @EJB
    Organisations organisations;

    public void dueSoon(Long applicationId, String evaluator) {
        GrantApplication application = application(applicationId);
        organisations.account(evaluator).ifPresent(account ->
                outbox.queue(new Mail("review-due:" + applicationId + ":" + evaluator, account.getEmail(),
                        MailTexts.subject("reviewDue", application.getNumber()),
                        MailTexts.body("reviewDue", account.getFullName(), application.getNumber(), application.getTitle(),
                                Links.to("review/score-application.xhtml?number=" + application.getNumber())))));
    }

    public void overdue(Long applicationId, String evaluator) {
        GrantApplication application = application(applicationId);
        String name = organisations.account(evaluator).map(UserAccount::getFullName).orElse(evaluator);
        for (UserAccount manager : organisations.accountsWithRole(Role.PROGRAMME_MANAGER)) {
            outbox.queue(new Mail("review-overdue:" + applicationId + ":" + evaluator + ":" + manager.getUsername(),
                    manager.getEmail(), MailTexts.subject("reviewOverdue", application.getNumber(), name),
                    MailTexts.body("reviewOverdue", manager.getFullName(), name, application.getNumber(),
                            application.getTitle(), Links.to("application/application.xhtml?id=" + applicationId))));
        }
    }

    private GrantApplication application(Long id) {
        GrantApplication application = em.find(GrantApplication.class, id);
        if (application == null) {
            throw new NotFound("application " + id);
        }
        return application;
    }
}
