package org.anslag.learning;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** What after-report.bpmn calls when a round's timers fire; each call is one retried job. */
@Named("afterReportEvents")
@ApplicationScoped
public class AfterReportEvents {

    @EJB
    AfterReportRounds rounds;

    public void questionnaireSent(Long applicationId, Integer months) {
        rounds.send(applicationId, months);
    }

    public void reminder(Long applicationId, Integer months) {
        rounds.remind(applicationId, months);
    }

    public void expired(Long applicationId, Integer months) {
        rounds.expire(applicationId, months);
    }
}
