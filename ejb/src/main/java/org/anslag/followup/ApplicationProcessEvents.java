package org.anslag.followup;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.Map;
import org.anslag.award.Awards;

/**
 * What the grant-application model calls on its way and when its timers fire; each timer call is
 * one retried job. It lives in follow-up, the later of the two areas it serves, so that award
 * never needs follow-up.
 */
@Named("applicationProcessEvents")
@ApplicationScoped
public class ApplicationProcessEvents {

    @EJB
    Awards awards;
    @EJB
    FollowUps followUps;
    @EJB
    ReportReminders reminders;
    @EJB
    FinalReports finalReports;

    public void agreementExpired(Long applicationId) {
        awards.lapse(applicationId);
    }

    /** The window of the next period's report, as the variables its timers wait on. */
    public Map<String, Object> reportWindow(Long applicationId) {
        return followUps.nextWindow(applicationId).asVariables();
    }

    public void reportDueSoon(Long applicationId, Integer period) {
        reminders.dueSoon(applicationId, period);
    }

    public void reportOverdue(Long applicationId, Integer period) {
        reminders.overdue(applicationId, period);
    }

    /** The model's earlier version (still running for grants accepted before it) calls this when its one timer fires. */
    public void progressReportOverdue(Long applicationId) {
        reminders.overdue(applicationId, followUps.nextWindow(applicationId).period());
    }

    /** The final report is approved: the project closes and its grant is settled. */
    public void projectCompleted(Long applicationId) {
        finalReports.close(applicationId);
    }
}
