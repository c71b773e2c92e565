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

    public void agreementExpired(Long applicationId) {
        awards.lapse(applicationId);
    }

    public void progressReportOverdue(Long applicationId) {
        followUps.reminderDue(applicationId);
    }
}
