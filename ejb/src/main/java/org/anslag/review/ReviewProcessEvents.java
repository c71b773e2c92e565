package org.anslag.review;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** What the review part of the grant-application model calls when its timers fire; each call is one retried job. */
@Named("reviewProcessEvents")
@ApplicationScoped
public class ReviewProcessEvents {

    @EJB
    ReviewReminders reminders;

    public void reviewDueSoon(Long applicationId, String evaluator) {
        reminders.dueSoon(applicationId, evaluator);
    }

    public void reviewOverdue(Long applicationId, String evaluator) {
        reminders.overdue(applicationId, evaluator);
    }
}
