package org.anslag.workflow;

import java.util.ArrayList;
import java.util.List;

/**
 * Stands in for the application's {@code applicationProcessEvents} and {@code reviewProcessEvents}
 * beans and records each call.
 */
public class RecordingProcessEvents {

    private final List<Long> expiredAgreements = new ArrayList<>();
    private final List<Long> overdueProgressReports = new ArrayList<>();
    private final List<String> reviewReminders = new ArrayList<>();
    private final List<String> overdueReviews = new ArrayList<>();

    public void reviewDueSoon(Long applicationId, String evaluator) {
        reviewReminders.add(applicationId + ":" + evaluator);
    }

    public void reviewOverdue(Long applicationId, String evaluator) {
        overdueReviews.add(applicationId + ":" + evaluator);
    }

    List<String> reviewReminders() {
        return reviewReminders;
    }

    List<String> overdueReviews() {
        return overdueReviews;
    }

    public void agreementExpired(Long applicationId) {
        expiredAgreements.add(applicationId);
    }

    public void progressReportOverdue(Long applicationId) {
        overdueProgressReports.add(applicationId);
    }

    List<Long> expiredAgreements() {
        return expiredAgreements;
    }

    List<Long> overdueProgressReports() {
        return overdueProgressReports;
    }
}
