package org.anslag.workflow;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.anslag.award.Awards;
import org.anslag.followup.FollowUps;

/** What the grant-application model calls when its timers fire; each call is one retried job. */
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
