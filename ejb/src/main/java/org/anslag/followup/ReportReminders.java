package org.anslag.followup;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.Map;
import org.anslag.application.GrantApplication;
import org.anslag.audit.AuditLog;
import org.anslag.notification.Links;
import org.anslag.notification.Mail;
import org.anslag.notification.MailTexts;
import org.anslag.notification.Outbox;
import org.anslag.organisation.Organisations;
import org.anslag.organisation.UserAccount;
import org.anslag.shared.Role;

/**
 * Mails about a period's report: a reminder to the coordinator's users before the due date, and
 * word to the programme managers (and the coordinator) once it is overdue. Each mail is keyed to
 * the application, the period and the recipient, so a retried job, or a revision's timers firing
 * again, mails once.
 */
@Stateless
public class ReportReminders {

    @PersistenceContext
    EntityManager em;
    @Inject
    Outbox outbox;
    @Inject
    AuditLog audit;
    @EJB
    Organisations organisations;
    @EJB
    ReportWindows windows;

    public void dueSoon(Long applicationId, int period) {
        GrantApplication application = em.find(GrantApplication.class, applicationId);
        String dueOn = windows.of(application, period).dueOn().toString();
        for (UserAccount user : organisations.applicantsOf(application.getCoordinator().getId())) {
            outbox.queue(new Mail("report-due:" + applicationId + ":" + period + ":" + user.getUsername(), user.getEmail(),
                    MailTexts.subject("reportDue", application.getNumber(), dueOn),
                    MailTexts.body("reportDue", user.getFullName(), period, application.getNumber(), application.getTitle(),
                            dueOn, Links.to("followup/submit-progress-report.xhtml?number=" + application.getNumber()))));
        }
    }

    public void overdue(Long applicationId, int period) {
        GrantApplication application = em.find(GrantApplication.class, applicationId);
        String dueOn = windows.of(application, period).dueOn().toString();
        Map<String, UserAccount> told = new LinkedHashMap<>();
        organisations.accountsWithRole(Role.PROGRAMME_MANAGER).forEach(manager -> told.put(manager.getUsername(), manager));
        organisations.applicantsOf(application.getCoordinator().getId()).forEach(user -> told.putIfAbsent(user.getUsername(), user));
        for (UserAccount user : told.values()) {
            outbox.queue(new Mail("report-overdue:" + applicationId + ":" + period + ":" + user.getUsername(), user.getEmail(),
                    MailTexts.subject("reportOverdue", application.getNumber(), period),
                    MailTexts.body("reportOverdue", user.getFullName(), period, application.getNumber(), application.getTitle(),
                            dueOn, Links.to("application/application.xhtml?number=" + application.getNumber()))));
        }
        audit.record("system", "REPORT_OVERDUE", "application:" + application.getNumber(),
                "period " + period + ", due " + dueOn);
    }
}
