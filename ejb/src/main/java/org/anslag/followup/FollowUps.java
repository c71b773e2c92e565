package org.anslag.followup;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.anslag.application.Applications;
import org.anslag.application.GrantApplication;
import org.anslag.audit.AuditLog;
import org.anslag.shared.AccessDenied;
import org.anslag.shared.Actor;
import org.anslag.shared.Role;
import org.anslag.shared.RuleViolation;
import org.anslag.workflow.GrantApplicationProcess;

/** Progress reports: submitted by the coordinator, assessed by an evaluator assigned to the follow-up. */
@Stateless
public class FollowUps {

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
    CallIndicators indicators;
    @EJB
    ReportWindows windows;
    @EJB
    Spending spending;
    @EJB
    Spread spread;

    public ProgressReport submit(Actor actor, String number, ReportContent content) {
        actor.require(Role.APPLICANT);
        GrantApplication application = applications.lockedByNumber(number);
        if (!actor.belongsTo(application.getCoordinator().getId())) {
            throw new AccessDenied(actor.username() + " does not coordinate " + number);
        }
        if (process.isWaitingForReportWindow(number)) {
            // before the window opens there is no report to take; say when there will be
            throw new RuleViolation("report", "report.windowNotOpen",
                    windows.awaited(application).map(ReportWindow::opensOn).map(Object::toString).orElse("?"));
        }
        // the assessment is offered to the follow-up's assessors only, never to every evaluator
        process.complete(number, GrantApplicationProcess.SUBMIT_PROGRESS_REPORT, null,
                Map.of(GrantApplicationProcess.REPORT_ASSESSORS, String.join(",", assessors.assignedOrDefault(application))));
        Optional<ProgressReport> sentBack = latestOf(number).filter(ProgressReport::isSentBack);
        Map<Long, VocabularyTerm> terms = em.createQuery(
                        "select t from VocabularyTerm t where t.programme = :programme", VocabularyTerm.class)
                .setParameter("programme", application.getCall().getProgramme()).getResultStream()
                .collect(Collectors.toMap(VocabularyTerm::getId, term -> term));
        ProgressReport report = new ProgressReport(application, nextPeriod(number),
                sentBack.map(earlier -> earlier.getRevision() + 1).orElse(1), content,
                indicators.of(application.getCall().getId()), terms, actor.username(), clock.instant());
        em.persist(report);
        spending.record(report, content.spending());
        spread.record(report, content.spread());
        audit.record(actor.username(), "SUBMIT_REPORT", "application:" + number,
                "period " + report.getPeriodNumber() + ", version " + report.getRevision());
        return report;
    }

    /** Approves the latest report: its installment may be released, and the next period (or the final report) is asked for. */
    public ProgressReport assess(Actor actor, String number, int score, String comment) {
        return conclude(actor, number, score, comment, ReportOutcome.APPROVED);
    }

    /** Sends the latest report back: the coordinator revises it, and its installment waits. */
    public ProgressReport sendBack(Actor actor, String number, int score, String comment) {
        return conclude(actor, number, score, comment, ReportOutcome.SENT_BACK);
    }

    private ProgressReport conclude(Actor actor, String number, int score, String comment, ReportOutcome outcome) {
        actor.require(Role.EVALUATOR);
        GrantApplication application = applications.lockedByNumber(number);
        if (!assessors.isClearedAssessor(application, actor.username())) {
            throw new AccessDenied(actor.username() + " does not assess the reports of " + number);
        }
        ProgressReport report = latestOf(number).orElseThrow(() -> new AccessDenied("no report for " + number));
        report.assess(score, comment, outcome, actor.username(), clock.instant());
        boolean approved = outcome == ReportOutcome.APPROVED;
        boolean moreReports = report.getPeriodNumber() < application.getCall().reportsRequired();
        process.complete(number, GrantApplicationProcess.ASSESS_PROGRESS_REPORT, null, Map.of(
                GrantApplicationProcess.REPORT_APPROVED, approved, "moreReports", moreReports,
                GrantApplicationProcess.REPORT_PERIOD, report.getPeriodNumber(),
                GrantApplicationProcess.INSTALLMENT_AWAITS_REPORT, installmentAwaits(application, report)));
        audit.record(actor.username(), "ASSESS_REPORT", "application:" + number,
                "period " + report.getPeriodNumber() + ", version " + report.getRevision() + ", score " + score
                        + (approved ? ", approved" : ", sent back for revision"));
        return report;
    }

    /** A call without reporting periods pays everything in advance: then no installment waits for the report. */
    private boolean installmentAwaits(GrantApplication application, ProgressReport report) {
        return em.createQuery("select count(i) from Installment i where i.application = :application "
                        + "and i.awaitsReport = :period", Long.class)
                .setParameter("application", application).setParameter("period", report.getPeriodNumber())
                .getSingleResult() > 0;
    }

    /** The reporting period the application's next report is for: 1 for its first, the same one after a sending back. */
    public int nextPeriod(String number) {
        return latestOf(number)
                .map(latest -> latest.isSentBack() ? latest.getPeriodNumber() : latest.getPeriodNumber() + 1)
                .orElse(1);
    }

    /** The window of the application's next report: the process plans it when that report is next. */
    public ReportWindow nextWindow(Long applicationId) {
        GrantApplication application = em.find(GrantApplication.class, applicationId);
        return windows.of(application, nextPeriod(application.getNumber()));
    }

    public List<ProgressReport> reportsOf(String number) {
        return em.createQuery("""
                select r from ProgressReport r where r.application.number = :number
                order by r.periodNumber, r.revision""", ProgressReport.class).setParameter("number", number).getResultList();
    }

    /** Every version of one period's report, the first first. */
    public List<ProgressReport> versionsOf(String number, int period) {
        return reportsOf(number).stream().filter(report -> report.getPeriodNumber() == period).toList();
    }

    /** An indicator's running total over the application's reports up to and including {@code period}. */
    public BigDecimal cumulative(String number, Long indicatorId, int period) {
        // a period counts once, with its newest version: a report sent back was replaced, not added to
        Map<Integer, ProgressReport> newestPerPeriod = reportsOf(number).stream()
                .filter(report -> report.getPeriodNumber() <= period)
                .collect(Collectors.toMap(ProgressReport::getPeriodNumber, report -> report, (older, newer) -> newer));
        return newestPerPeriod.values().stream()
                .map(report -> report.valueOf(indicatorId)).filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public Optional<ProgressReport> latestOf(String number) {
        List<ProgressReport> reports = reportsOf(number);
        return reports.isEmpty() ? Optional.empty() : Optional.of(reports.get(reports.size() - 1));
    }
}
