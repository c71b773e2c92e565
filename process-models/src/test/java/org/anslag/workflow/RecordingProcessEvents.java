package org.anslag.workflow;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * Stands in for the application's {@code applicationProcessEvents} and {@code reviewProcessEvents}
 * beans and records each call. A period's report window is what the test planned for it, or by
 * default open from now, with the reminder after 53 days and the report due after 60.
 */
public class RecordingProcessEvents {

    private final List<Long> expiredAgreements = new ArrayList<>();
    private final List<String> reviewReminders = new ArrayList<>();
    private final List<String> overdueReviews = new ArrayList<>();
    private final List<Long> completedProjects = new ArrayList<>();
    private int closingFailuresLeft;
    private final Map<Integer, Map<String, Object>> plannedWindows = new HashMap<>();
    private final List<Integer> windowsAskedFor = new ArrayList<>();
    private final List<String> reportReminders = new ArrayList<>();
    private final List<String> overdueReports = new ArrayList<>();

    void planWindow(int period, Instant opensAt, Instant remindAt, Instant dueAt) {
        plannedWindows.put(period, Map.of("reportWindowPeriod", period, "reportOpensAt", Date.from(opensAt),
                "reportRemindAt", Date.from(remindAt), "reportDueAt", Date.from(dueAt)));
    }

    /** Each call is the next period's window, as the service numbers periods by the reports approved. */
    public Map<String, Object> reportWindow(Long applicationId) {
        int period = windowsAskedFor.size() + 1;
        windowsAskedFor.add(period);
        if (!plannedWindows.containsKey(period)) {
            Instant now = ClockUtil.getCurrentTime().toInstant();
            planWindow(period, now, now.plus(java.time.Duration.ofDays(53)), now.plus(java.time.Duration.ofDays(60)));
        }
        return plannedWindows.get(period);
    }

    public void reportDueSoon(Long applicationId, Integer period) {
        reportReminders.add(applicationId + ":" + period);
    }

    public void reportOverdue(Long applicationId, Integer period) {
        overdueReports.add(applicationId + ":" + period);
    }

    List<Integer> windowsAskedFor() {
        return windowsAskedFor;
    }

    List<String> reportReminders() {
        return reportReminders;
    }

    List<String> overdueReports() {
        return overdueReports;
    }

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

    List<Long> expiredAgreements() {
        return expiredAgreements;
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
