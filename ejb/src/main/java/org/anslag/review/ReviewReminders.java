package org.anslag.review;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
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

    /**
     * Reads what the reminder names in one query, application and evaluator together: a burst of
     * thousands of reminders pays one round trip each instead of two. No row when the evaluator's
     * account is gone (no mail) or the application is (NotFound, from the lookup that follows).
     */
    public void dueSoon(Long applicationId, String evaluator) {
        List<Object[]> rows = em.createQuery("""
                select a.number, a.title, u.email, u.fullName from GrantApplication a, UserAccount u
                where a.id = :id and u.username = :username""", Object[].class)
                .setParameter("id", applicationId).setParameter("username", evaluator).getResultList();
        if (rows.isEmpty()) {
            subject(applicationId);
            return;
        }
        Object[] row = rows.get(0);
        String number = (String) row[0];
        outbox.queue(new Mail("review-due:" + applicationId + ":" + evaluator, (String) row[2],
                MailTexts.subject("reviewDue", number),
                MailTexts.body("reviewDue", (String) row[3], number, (String) row[1],
                        Links.to("review/score-application.xhtml?number=" + number))));
    }

    public void overdue(Long applicationId, String evaluator) {
        Subject application = subject(applicationId);
        String name = recipient(evaluator).map(Recipient::fullName).orElse(evaluator);
        for (UserAccount manager : organisations.accountsWithRole(Role.PROGRAMME_MANAGER)) {
            outbox.queue(new Mail("review-overdue:" + applicationId + ":" + evaluator + ":" + manager.getUsername(),
                    manager.getEmail(), MailTexts.subject("reviewOverdue", application.number(), name),
                    MailTexts.body("reviewOverdue", manager.getFullName(), name, application.number(),
                            application.title(), Links.to("application/application.xhtml?number=" + application.number()))));
        }
    }

    /**
     * What the mails name; read alone, since a burst of reminders must not load whole applications,
     * and as a list: scrolling through a result of one row costs more than the row.
     */
    private record Subject(String number, String title) {
    }

    private record Recipient(String email, String fullName) {
    }

    private Subject subject(Long applicationId) {
        return em.createQuery("select a.number, a.title from GrantApplication a where a.id = :id", Object[].class)
                .setParameter("id", applicationId).getResultList().stream().findFirst()
                .map(row -> new Subject((String) row[0], (String) row[1]))
                .orElseThrow(() -> new NotFound("application " + applicationId));
    }

    private java.util.Optional<Recipient> recipient(String username) {
        return em.createQuery("select u.email, u.fullName from UserAccount u where u.username = :username", Object[].class)
                .setParameter("username", username).getResultList().stream().findFirst()
                .map(row -> new Recipient((String) row[0], (String) row[1]));
    }
}
