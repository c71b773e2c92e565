package org.anslag.call;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.anslag.shared.RuleViolation;

/**
 * A call's report window in whole days around each period's end: the report opens some days
 * before the end, is due some days after it, and the coordinator is reminded some days before
 * the due date. Immutable; a change replaces it.
 */
@Embeddable
public class ReportTiming {

    public static final int MAX_DAYS = 365;
    public static final ReportTiming DEFAULT = new ReportTiming(30, 30, 7);

    @Column(name = "report_opens_days_before")
    private int opensDaysBefore;
    @Column(name = "report_due_days_after")
    private int dueDaysAfter;
    @Column(name = "report_reminder_days_before")
    private int reminderDaysBefore;

    protected ReportTiming() {
    }

    public ReportTiming(int opensDaysBefore, int dueDaysAfter, int reminderDaysBefore) {
        check("reportOpensDaysBefore", opensDaysBefore);
        check("reportDueDaysAfter", dueDaysAfter);
        check("reportReminderDaysBefore", reminderDaysBefore);
        // a reminder before the window opens would come before there is anything to write
        if (reminderDaysBefore > opensDaysBefore + dueDaysAfter) {
            throw new RuleViolation("reportReminderDaysBefore", "call.reminderBeforeWindow", opensDaysBefore + dueDaysAfter);
        }
        this.opensDaysBefore = opensDaysBefore;
        this.dueDaysAfter = dueDaysAfter;
        this.reminderDaysBefore = reminderDaysBefore;
    }

    private static void check(String field, int days) {
        if (days < 0 || days > MAX_DAYS) {
            throw new RuleViolation(field, "call.reportDaysOutOfRange", MAX_DAYS);
        }
    }

    public int getOpensDaysBefore() {
        return opensDaysBefore;
    }

    public int getDueDaysAfter() {
        return dueDaysAfter;
    }

    public int getReminderDaysBefore() {
        return reminderDaysBefore;
    }

    /** A separate instance for another call: Hibernate must not see one embedded object in two entities. */
    ReportTiming copy() {
        return new ReportTiming(opensDaysBefore, dueDaysAfter, reminderDaysBefore);
    }

    @Override
    public String toString() {
        return "opens " + opensDaysBefore + " days before the period ends, due " + dueDaysAfter
                + " days after, reminder " + reminderDaysBefore + " days before due";
    }
}
