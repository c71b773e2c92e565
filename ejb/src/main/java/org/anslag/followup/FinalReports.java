package org.anslag.followup;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.anslag.application.ApplicationStatus;
import org.anslag.application.Applications;
import org.anslag.application.GrantApplication;
import org.anslag.audit.AuditLog;
import org.anslag.award.Recoveries;
import org.anslag.shared.AccessDenied;
import org.anslag.shared.Actor;
import org.anslag.shared.Role;
import org.anslag.workflow.AfterReportProcess;
import org.anslag.workflow.GrantApplicationProcess;

/**
 * The final report after the last period: the coordinator submits it, an assessor of the
 * follow-up approves it or sends it back, and its approval closes the project and settles the
 * grant (the process's closing step calls {@link #close}).
 */
@Stateless
public class FinalReports {

    @PersistenceContext
    EntityManager em;
    @Inject
    Clock clock;
    @Inject
    AuditLog audit;
    @EJB
    Applications applications;
    @EJB
    GrantApplicationProcess process;
    @EJB
    ReportAssessors assessors;
    @EJB
    Recoveries recoveries;
    @EJB
    AfterReportProcess afterReport;

    public FinalReport submit(Actor actor, String number, FinalReportContent content) {
        actor.require(Role.APPLICANT);
        GrantApplication application = applications.lockedByNumber(number);
        if (!actor.belongsTo(application.getCoordinator().getId())) {
            throw new AccessDenied(actor.username() + " does not coordinate " + number);
        }
        // refused unless the process waits for it: a double click sends one version
        process.complete(number, GrantApplicationProcess.SUBMIT_FINAL_REPORT, null,
                Map.of(GrantApplicationProcess.REPORT_ASSESSORS, String.join(",", assessors.assignedOrDefault(application))));
        int revision = latestOf(number).map(latest -> latest.getRevision() + 1).orElse(1);
        FinalReport report = new FinalReport(application, revision, content, actor.username(), clock.instant());
        em.persist(report);
        audit.record(actor.username(), "SUBMIT_FINAL_REPORT", "application:" + number, "version " + revision
                + ", total spent " + content.totalSpent().stripTrailingZeros().toPlainString() + " kr, "
                + content.results().size() + (content.results().size() == 1 ? " result" : " results"));
        return report;
    }

    /** Approves the latest version: the process closes the project and settles the grant. */
    public FinalReport approve(Actor actor, String number, int score, String comment) {
        return conclude(actor, number, score, comment, ReportOutcome.APPROVED);
    }

    /** Sends the latest version back: the coordinator revises it, starting from what was sent. */
    public FinalReport sendBack(Actor actor, String number, int score, String comment) {
        return conclude(actor, number, score, comment, ReportOutcome.SENT_BACK);
    }

    private FinalReport conclude(Actor actor, String number, int score, String comment, ReportOutcome outcome) {
        actor.require(Role.EVALUATOR);
        GrantApplication application = applications.lockedByNumber(number);
        if (!assessors.isClearedAssessor(application, actor.username())) {
            throw new AccessDenied(actor.username() + " does not assess the reports of " + number);
        }
        FinalReport report = latestOf(number).orElseThrow(() -> new AccessDenied("no final report for " + number));
        report.assess(score, comment, outcome, actor.username(), clock.instant());
        boolean approved = outcome == ReportOutcome.APPROVED;
        process.complete(number, GrantApplicationProcess.ASSESS_FINAL_REPORT, null,
                Map.of(GrantApplicationProcess.FINAL_REPORT_APPROVED, approved));
        audit.record(actor.username(), "ASSESS_FINAL_REPORT", "application:" + number, "version " + report.getRevision()
                + ", score " + score + (approved ? ", approved" : ", sent back for revision"));
        return report;
    }

    /**
     * The process's closing step, a retried job: closes the project and settles the grant against
     * the approved final report, and starts its after-report in the same transaction. Run twice,
     * it changes nothing the second time.
     */
    public void close(Long applicationId) {
        GrantApplication application = applications.locked(applicationId);
        FinalReport approved = latestOf(application.getNumber()).filter(FinalReport::isApproved)
                .orElseThrow(() -> new IllegalStateException("no approved final report for " + application.getNumber()));
        recoveries.settle(application, approved.getTotalSpent());
        if (application.getStatus() != ApplicationStatus.CLOSED) {
            applications.moveTo(application, ApplicationStatus.CLOSED, "system");
            afterReport.start(application.getId(), application.getNumber(), application.getCoordinator().getId());
        }
    }

    /** Every version, the first first. */
    public List<FinalReport> versionsOf(String number) {
        return em.createQuery("select r from FinalReport r where r.application.number = :number order by r.revision",
                FinalReport.class).setParameter("number", number).getResultList();
    }

    public Optional<FinalReport> latestOf(String number) {
        List<FinalReport> versions = versionsOf(number);
        return versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
    }

    /** The version that closed the project, once there is one. */
    public Optional<FinalReport> approvedOf(String number) {
        return latestOf(number).filter(FinalReport::isApproved);
    }
}
