package org.anslag.followup;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.anslag.award.Awards;

/**
 * What the grant-application model calls when its timers fire; each call is one retried job. It
 * lives in follow-up, the later of the two areas it serves, so that award never needs follow-up.
 */
@Named("applicationProcessEvents")
@ApplicationScoped
public class ApplicationProcessEvents {

    @EJB
    Awards awards;
    @EJB
    FollowUps followUps;
    @EJB
    FinalReports finalReports;

    public void agreementExpired(Long applicationId) {
        awards.lapse(applicationId);
    }

    public void progressReportOverdue(Long applicationId) {
        followUps.reminderDue(applicationId);
    }

    /** The final report is approved: the project closes and its grant is settled. */
    public void projectCompleted(Long applicationId) {
        finalReports.close(applicationId);
    }
}
