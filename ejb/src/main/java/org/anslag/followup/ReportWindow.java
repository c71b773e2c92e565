package org.anslag.followup;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.Map;
import org.anslag.call.ReportTiming;
import org.anslag.shared.Clocks;

/**
 * When one period's report may be written and when it is due: it opens at the start of the day
 * the call's days before the period's end, is due on the day the call's days after it (overdue
 * from the start of the next day, so a report sent on its due date is on time), and the
 * coordinator is reminded at the start of the day the call's days before the due date. Days in
 * Swedish time.
 */
public record ReportWindow(int period, LocalDate periodEndsOn, Instant opensAt, Instant remindAt, LocalDate dueOn,
                           Instant overdueAt) implements Serializable {

    /** The process variables its timers wait on. */
    public static final String PERIOD = "reportWindowPeriod";
    public static final String OPENS_AT = "reportOpensAt";
    public static final String REMIND_AT = "reportRemindAt";
    public static final String DUE_AT = "reportDueAt";

    public static ReportWindow around(int period, LocalDate periodEndsOn, ReportTiming timing) {
        LocalDate dueOn = periodEndsOn.plusDays(timing.getDueDaysAfter());
        return new ReportWindow(period, periodEndsOn,
                startOf(periodEndsOn.minusDays(timing.getOpensDaysBefore())),
                startOf(dueOn.minusDays(timing.getReminderDaysBefore())),
                dueOn, startOf(dueOn.plusDays(1)));
    }

    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay(Clocks.STOCKHOLM).toInstant();
    }

    public boolean isOpenAt(Instant instant) {
        return !instant.isBefore(opensAt);
    }

    public LocalDate opensOn() {
        return LocalDate.ofInstant(opensAt, Clocks.STOCKHOLM);
    }

    public Map<String, Object> asVariables() {
        return Map.of(PERIOD, period, OPENS_AT, Date.from(opensAt), REMIND_AT, Date.from(remindAt),
                DUE_AT, Date.from(overdueAt));
    }
}
