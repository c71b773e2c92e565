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
import org.anslag.application.ApplicationStatus;
import org.anslag.application.Applications;
import org.anslag.application.GrantApplication;
import org.anslag.audit.AuditLog;
import org.anslag.shared.AccessDenied;
import org.anslag.shared.Actor;
import org.anslag.shared.Role;
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

    public ProgressReport submit(Actor actor, String number, ReportContent content) {
        actor.require(Role.APPLICANT);
        GrantApplication application = applications.lockedByNumber(number);
        if (!actor.belongsTo(application.getCoordinator().getId())) {
            throw new AccessDenied(actor.username() + " does not coordinate " + number);
        }
        // the assessment is offered to the follow-up's assessors only, never to every evaluator
        process.complete(number, GrantApplicationProcess.SUBMIT_PROGRESS_REPORT, null,
                Map.of(GrantApplicationProcess.REPORT_ASSESSORS, String.join(",", assessors.assignedOrDefault(application))));
        Map<Long, VocabularyTerm> terms = em.createQuery(
                        "select t from VocabularyTerm t where t.programme = :programme", VocabularyTerm.class)
                .setParameter("programme", application.getCall().getProgramme()).getResultStream()
                .collect(Collectors.toMap(VocabularyTerm::getId, term -> term));
        ProgressReport report = new ProgressReport(application, nextPeriod(number), content,
                indicators.of(application.getCall().getId()), terms, actor.username(), clock.instant());
        em.persist(report);
        audit.record(actor.username(), "SUBMIT_REPORT", "application:" + number, "period " + report.getPeriodNumber());
        return report;
    }

    public ProgressReport assess(Actor actor, String number, int score, String comment) {
        actor.require(Role.EVALUATOR);
        GrantApplication application = applications.lockedByNumber(number);
        if (!assessors.isClearedAssessor(application, actor.username())) {
            throw new AccessDenied(actor.username() + " does not assess the reports of " + number);
        }
        ProgressReport report = latestOf(number).orElseThrow(() -> new AccessDenied("no report for " + number));
        report.assess(score, comment, actor.username(), clock.instant());
        boolean moreReports = report.getPeriodNumber() < application.getCall().reportsRequired();
        process.complete(number, GrantApplicationProcess.ASSESS_PROGRESS_REPORT, null, Map.of("moreReports", moreReports));
        if (!moreReports) {
            applications.moveTo(application, ApplicationStatus.CLOSED, actor.username());
        }
        audit.record(actor.username(), "ASSESS_REPORT", "application:" + number,
                "period " + report.getPeriodNumber() + ", score " + score);
        return report;
    }

    /** The reporting period the application's next report is for: 1 for its first. */
    public int nextPeriod(String number) {
        return em.createQuery("select count(r) from ProgressReport r where r.application.number = :number", Long.class)
                .setParameter("number", number).getSingleResult().intValue() + 1;
    }

    /** Logged when the process's reminder timer fires; the e-mail reminder comes with the outbox. */
    public void reminderDue(Long applicationId) {
        GrantApplication application = em.find(GrantApplication.class, applicationId);
        audit.record("system", "REPORT_OVERDUE", "application:" + application.getNumber(), "reminder");
    }

    public List<ProgressReport> reportsOf(String number) {
        return em.createQuery("select r from ProgressReport r where r.application.number = :number order by r.periodNumber",
                ProgressReport.class).setParameter("number", number).getResultList();
    }

    /** An indicator's running total over the application's reports up to and including {@code period}. */
    public BigDecimal cumulative(String number, Long indicatorId, int period) {
        return reportsOf(number).stream().filter(report -> report.getPeriodNumber() <= period)
                .map(report -> report.valueOf(indicatorId)).filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public Optional<ProgressReport> latestOf(String number) {
        List<ProgressReport> reports = reportsOf(number);
        return reports.isEmpty() ? Optional.empty() : Optional.of(reports.get(reports.size() - 1));
    }
}
