package org.anslag.learning;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import org.anslag.application.GrantApplication;
import org.anslag.audit.AuditLog;
import org.anslag.notification.Links;
import org.anslag.notification.Mail;
import org.anslag.notification.MailTexts;
import org.anslag.notification.Outbox;
import org.anslag.organisation.Organisations;
import org.anslag.organisation.UserAccount;

/**
 * The steps the after-report process takes on its own: a round's questionnaire goes out, its
 * reminder, its expiry. Mails are keyed to the project, the round and the recipient, so a retried
 * job mails once.
 */
@Stateless
public class AfterReportRounds {

    @PersistenceContext
    EntityManager em;
    @Inject
    Clock clock;
    @Inject
    Outbox outbox;
    @Inject
    AuditLog audit;
    @EJB
    Organisations organisations;
    @EJB
    AfterReports afterReports;

    public void send(Long applicationId, int months) {
        GrantApplication application = em.find(GrantApplication.class, applicationId);
        if (afterReports.round(applicationId, months).isEmpty()) {
            em.persist(new AfterReport(application, months, clock.instant()));
        }
        mailCoordinator(application, months, "afterReportSent");
        audit.record("system", "SEND_AFTER_REPORT", "application:" + application.getNumber(), months + " months");
    }

    public void remind(Long applicationId, int months) {
        GrantApplication application = em.find(GrantApplication.class, applicationId);
        afterReports.round(applicationId, months).filter(AfterReport::isOpen).ifPresent(report -> {
            report.reminded(clock.instant());
            mailCoordinator(application, months, "afterReportReminder");
        });
    }

    public void expire(Long applicationId, int months) {
        GrantApplication application = em.find(GrantApplication.class, applicationId);
        afterReports.round(applicationId, months).ifPresent(report -> report.overdue(clock.instant()));
        audit.record("system", "AFTER_REPORT_OVERDUE", "application:" + application.getNumber(), months + " months");
    }

    private void mailCoordinator(GrantApplication application, int months, String text) {
        String link = Links.to("followup/answer-after-report.xhtml?number=" + application.getNumber() + "&months=" + months);
        for (UserAccount user : organisations.applicantsOf(application.getCoordinator().getId())) {
            outbox.queue(new Mail(text + ":" + application.getId() + ":" + months + ":" + user.getUsername(), user.getEmail(),
                    MailTexts.subject(text, application.getNumber(), months),
                    MailTexts.body(text, user.getFullName(), months, application.getNumber(), application.getTitle(), link)));
        }
    }
}
