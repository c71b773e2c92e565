package org.anslag.followup;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;

/** Each grant's reporting periods, planned from its call when the agreement is accepted. */
@Stateless
public class ReportingSchedule {

    @PersistenceContext
    EntityManager em;

    /** An accepted grant reports on its call's periods until an extension moves them. */
    public void planOnAcceptance(@jakarta.enterprise.event.Observes org.anslag.award.AgreementAccepted accepted) {
        plan(accepted.applicationId(), accepted.reportingPeriodEnds());
    }

    /** Copies the call's period ends to the grant; the first end becomes period 1. */
    public List<ReportingPeriod> plan(Long applicationId, List<LocalDate> periodEnds) {
        List<ReportingPeriod> periods = new java.util.ArrayList<>();
        for (int i = 0; i < periodEnds.size(); i++) {
            ReportingPeriod period = new ReportingPeriod(applicationId, i + 1, periodEnds.get(i));
            em.persist(period);
            periods.add(period);
        }
        return periods;
    }

    /** In period order; empty before acceptance. */
    public List<ReportingPeriod> periodsOf(Long applicationId) {
        return em.createQuery("""
                select p from ReportingPeriod p where p.applicationId = :id order by p.periodNumber""",
                ReportingPeriod.class).setParameter("id", applicationId).getResultList();
    }

    /** The last day of the grant's last reporting period: the project's end date. */
    public java.util.Optional<LocalDate> endOf(Long applicationId) {
        List<ReportingPeriod> periods = periodsOf(applicationId);
        return periods.isEmpty() ? java.util.Optional.empty()
                : java.util.Optional.of(periods.get(periods.size() - 1).getEndsOn());
    }

    /** Moves one period's end; callers fire {@link ScheduleMoved} once all periods are moved. */
    public void move(ReportingPeriod period, LocalDate newEnd) {
        period.moveTo(newEnd);
    }
}
