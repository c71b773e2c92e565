package org.anslag.followup;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.anslag.application.ApplicationStatus;
import org.anslag.application.GrantApplication;
import org.anslag.call.ReportsRetimed;
import org.anslag.shared.Clocks;
import org.anslag.workflow.GrantApplicationProcess;

/**
 * Each grant's report windows, from its own reporting schedule and its call's report timing. The
 * process keeps the awaited window in variables its timers wait on; when the schedule or the
 * timing moves, the timers move with it.
 */
@Stateless
public class ReportWindows {

    @PersistenceContext
    EntityManager em;
    @Inject
    Clock clock;
    @EJB
    ReportingSchedule schedule;
    @EJB
    GrantApplicationProcess process;

    /**
     * The window of one period's report. A grant without reporting periods reports once, as if
     * its only period ended the day its agreement was accepted.
     */
    public ReportWindow of(GrantApplication application, int period) {
        LocalDate periodEnd = schedule.periodsOf(application.getId()).stream()
                .filter(planned -> planned.getPeriodNumber() == period).map(ReportingPeriod::getEndsOn).findFirst()
                .orElseGet(() -> acceptedOn(application));
        return ReportWindow.around(period, periodEnd, application.getCall().getReportTiming());
    }

    /** The window of the report the process waits for (to open, or to be written); empty otherwise. */
    public Optional<ReportWindow> awaited(GrantApplication application) {
        String number = application.getNumber();
        if (!process.isWaitingForReportWindow(number)
                && !process.isWaitingAt(number, GrantApplicationProcess.SUBMIT_PROGRESS_REPORT)) {
            return Optional.empty();
        }
        return process.variable(number, ReportWindow.PERIOD).map(period -> of(application, (Integer) period));
    }

    /** After an extension moved the grant's periods. */
    public void scheduleMoved(@Observes ScheduleMoved moved) {
        retime(em.find(GrantApplication.class, moved.applicationId()));
    }

    /** After the call's report timing changed: every running grant of the call follows. */
    public void reportsRetimed(@Observes ReportsRetimed retimed) {
        em.createQuery("select a from GrantApplication a where a.call.id = :call and a.status = :status",
                        GrantApplication.class).setParameter("call", retimed.callId())
                .setParameter("status", ApplicationStatus.GRANTED).getResultList().forEach(this::retime);
    }

    /** Recomputes the awaited period's window and moves the process's waiting timers to it. */
    void retime(GrantApplication application) {
        process.variable(application.getNumber(), ReportWindow.PERIOD).ifPresent(period -> {
            ReportWindow window = of(application, (Integer) period);
            process.retime(application.getNumber(), window.asVariables(), Map.of(
                    GrantApplicationProcess.REPORT_WINDOW_OPENS, window.opensAt(),
                    GrantApplicationProcess.REPORT_DUE_SOON, window.remindAt(),
                    GrantApplicationProcess.REPORT_OVERDUE, window.overdueAt()));
        });
    }

    private LocalDate acceptedOn(GrantApplication application) {
        Instant accepted = em.createQuery("select g.acceptedAt from GrantAgreement g where g.application = :application",
                        Instant.class).setParameter("application", application).getResultList().stream()
                .filter(java.util.Objects::nonNull).findFirst().orElse(clock.instant());
        return LocalDate.ofInstant(accepted, Clocks.STOCKHOLM);
    }
}
