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
    private final List<Long> completedProjects = new ArrayList<>();
    private int closingFailuresLeft;

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

    /** Records the call; fails the first {@link #failClosing} times, as a closing whose transaction rolled back. */
    public void projectCompleted(Long applicationId) {
        completedProjects.add(applicationId);
        if (closingFailuresLeft > 0) {
            closingFailuresLeft--;
            throw new IllegalStateException("closing failed");
        }
    }

    void failClosing(int times) {
        closingFailuresLeft = times;
    }

    List<Long> completedProjects() {
        return completedProjects;
    }
}
