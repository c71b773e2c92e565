package org.anslag.call;

import static org.anslag.shared.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A call's report window: days around each period's end, within a year, copied with the call. */
class ReportTimingTest {

    @Test
    void aCallOpensReportsThirtyDaysBeforeThePeriodEndsDueThirtyAfterRemindingAWeekAhead() {
        ReportTiming timing = TestCalls.ideaHubCall().getReportTiming();

        assertThat(timing.getOpensDaysBefore()).isEqualTo(30);
        assertThat(timing.getDueDaysAfter()).isEqualTo(30);
        assertThat(timing.getReminderDaysBefore()).isEqualTo(7);
    }

    @Test
    void aCopyKeepsTheReportWindow() {
        FundingCall call = TestCalls.ideaHubCall();
        call.timeReports(new ReportTiming(10, 45, 5));

        FundingCall copy = call.copy(TestCalls.OPENS_AT.plus(Duration.ofDays(365)),
                TestCalls.CLOSES_AT.plus(Duration.ofDays(365)), List.of());

        assertThat(copy.getReportTiming().getOpensDaysBefore()).isEqualTo(10);
        assertThat(copy.getReportTiming().getDueDaysAfter()).isEqualTo(45);
        assertThat(copy.getReportTiming().getReminderDaysBefore()).isEqualTo(5);
        assertThat(copy.getReportTiming()).as("its own instance").isNotSameAs(call.getReportTiming());
    }

    @Test
    void eachSettingIsWholeDaysFromNoneToAYear() {
        assertThat(new ReportTiming(0, 0, 0).getDueDaysAfter()).isZero();
        assertThat(new ReportTiming(365, 365, 365).getOpensDaysBefore()).isEqualTo(365);
        assertRefused(() -> new ReportTiming(-1, 30, 7), "reportOpensDaysBefore", "call.reportDaysOutOfRange");
        assertRefused(() -> new ReportTiming(30, 366, 7), "reportDueDaysAfter", "call.reportDaysOutOfRange");
        assertRefused(() -> new ReportTiming(30, 30, -7), "reportReminderDaysBefore", "call.reportDaysOutOfRange");
    }

    @Test
    void theReminderComesNoEarlierThanTheReportOpens() {
        assertThat(new ReportTiming(5, 5, 10).getReminderDaysBefore()).isEqualTo(10);
        assertRefused(() -> new ReportTiming(5, 5, 11), "reportReminderDaysBefore", "call.reminderBeforeWindow");
    }
}
