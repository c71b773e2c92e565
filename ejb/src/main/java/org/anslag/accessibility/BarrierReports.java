package org.anslag.accessibility;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.regex.Pattern;
import org.anslag.audit.AuditLog;
import org.anslag.notification.Links;
import org.anslag.notification.Mail;
import org.anslag.notification.MailTexts;
import org.anslag.notification.Outbox;
import org.anslag.organisation.AccessAttempts;
import org.anslag.organisation.Organisations;
import org.anslag.organisation.Throttling;
import org.anslag.organisation.UserAccount;
import org.anslag.shared.Actor;
import org.anslag.shared.NotFound;
import org.anslag.shared.Role;
import org.anslag.shared.RuleViolation;
import org.anslag.shared.infrastructure.RowLocks;

/**
 * Reports of accessibility barriers: anyone sends one from the accessibility statement, every
 * active administrator is told by mail, and an administrator marks it handled.
 */
@Stateless
public class BarrierReports {

    static final int DESCRIPTION_LENGTH = 4000;
    static final int PAGE_LENGTH = 300;
    static final int EMAIL_LENGTH = 200;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern SUBMISSION_KEY = Pattern.compile("[0-9a-f-]{36}");

    @PersistenceContext
    EntityManager em;
    @Inject
    Clock clock;
    @Inject
    AuditLog audit;
    @Inject
    Outbox outbox;
    @EJB
    Organisations organisations;
    @EJB
    AccessAttempts attempts;

    /**
     * What the reporter typed. The submission key is the form's: a second click of a double click
     * sends the same one. The reporter is the signed-in user's name, or null.
     */
    public record Report(String submissionKey, String description, String page, String replyEmail, String language,
                         String reporter) {
    }

    /**
     * Takes the report and tells the administrators. Answers false when the form's submission was
     * already taken (the second click of a double click), which adds nothing.
     */
    public boolean receive(Report typed, String address) {
        attempts.requireAllowed(Throttling.Action.BARRIER_REPORT, address);
        String description = typed.description() == null ? "" : typed.description().strip();
        if (description.isEmpty()) {
            throw new RuleViolation("barrier", "validation.required");
        }
        if (description.length() > DESCRIPTION_LENGTH) {
            throw new RuleViolation("barrier", "validation.tooLong", DESCRIPTION_LENGTH);
        }
        String page = optional(typed.page());
        if (page != null && page.length() > PAGE_LENGTH) {
            throw new RuleViolation("page", "validation.tooLong", PAGE_LENGTH);
        }
        String email = optional(typed.replyEmail());
        if (email != null && (email.length() > EMAIL_LENGTH || !EMAIL.matcher(email).matches())) {
            throw new RuleViolation("replyEmail", "registration.emailFormat");
        }
        if (typed.submissionKey() == null || !SUBMISSION_KEY.matcher(typed.submissionKey()).matches()) {
            throw new RuleViolation("barrier", "accessibility.feedback.stale");
        }
        if (isReceived(typed.submissionKey())) {
            return false;
        }
        attempts.record(Throttling.Action.BARRIER_REPORT, null, address, false);
        BarrierReport report = new BarrierReport(typed.submissionKey(), description, page, email,
                "en".equals(typed.language()) ? "en" : "sv", clock.instant());
        em.persist(report);
        em.flush();
        audit.record(typed.reporter() == null ? "anonymous" : typed.reporter(), "REPORT_BARRIER",
                "accessibility-feedback:" + report.getId(), page);
        tellAdministrators(report);
        return true;
    }

    /** Whether the form's submission is stored (by this request or by the other click of a double click). */
    public boolean isReceived(String submissionKey) {
        return !em.createQuery("select r.id from BarrierReport r where r.submissionKey = :key", Long.class)
                .setParameter("key", submissionKey).setMaxResults(1).getResultList().isEmpty();
    }

    /** Every report, the newest first. */
    public List<BarrierReport> all(Actor actor) {
        actor.require(Role.ADMIN);
        return em.createQuery("select r from BarrierReport r order by r.receivedAt desc, r.id desc", BarrierReport.class)
                .getResultList();
    }

    /** Marks the report handled; a report already handled stays as its first handler left it. */
    public BarrierReport markHandled(Actor actor, long id) {
        actor.require(Role.ADMIN);
        RowLocks.lock(em, "accessibility_feedback", id);
        BarrierReport report = em.find(BarrierReport.class, id);
        if (report == null) {
            throw new NotFound("accessibility feedback " + id);
        }
        if (!report.isHandled()) {
            report.handle(actor.username(), clock.instant());
            audit.record(actor.username(), "HANDLE_BARRIER_REPORT", "accessibility-feedback:" + id, null);
        }
        return report;
    }

    private void tellAdministrators(BarrierReport report) {
        Object page = report.getPage() == null ? new MailTexts.Term("barrierReport.notGiven") : report.getPage();
        Object email = report.getReplyEmail() == null ? new MailTexts.Term("barrierReport.noAnswerWanted") : report.getReplyEmail();
        for (UserAccount admin : organisations.accountsWithRole(Role.ADMIN)) {
            outbox.queue(new Mail("barrier-report:" + report.getId() + ":" + admin.getUsername(), admin.getEmail(),
                    MailTexts.subject("barrierReport"),
                    MailTexts.body("barrierReport", Links.stockholm(report.getReceivedAt()), page, report.getDescription(),
                            email, Links.to("admin/accessibility-feedback.xhtml"))));
        }
    }

    private static String optional(String typed) {
        return typed == null || typed.isBlank() ? null : typed.strip();
    }
}
