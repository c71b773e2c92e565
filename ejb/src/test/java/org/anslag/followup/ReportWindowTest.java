package org.anslag.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import org.anslag.call.ReportTiming;
import org.anslag.shared.Clocks;
import org.junit.jupiter.api.Test;

class ReportWindowTest {

    private static final LocalDate PERIOD_END = LocalDate.of(2026, 6, 30);

    @Test
    void byDefaultTheReportOpensThirtyDaysBeforeThePeriodEndsAndIsDueThirtyDaysAfter() {
        ReportWindow window = ReportWindow.around(1, PERIOD_END, ReportTiming.DEFAULT);

        assertThat(window.opensAt()).isEqualTo(stockholm(2026, 5, 31));
        assertThat(window.dueOn()).isEqualTo(LocalDate.of(2026, 7, 30));
        assertThat(window.remindAt()).as("a week before the due date").isEqualTo(stockholm(2026, 7, 23));
        assertThat(window.overdueAt()).as("a report sent on its due date is on time").isEqualTo(stockholm(2026, 7, 31));
    }

    @Test
    void theDaysAreSwedishDaysAcrossTheChangeToWinterTime() {
        ReportWindow window = ReportWindow.around(2, LocalDate.of(2026, 10, 20), new ReportTiming(0, 5, 0));

        assertThat(window.dueOn()).isEqualTo(LocalDate.of(2026, 10, 25));
        assertThat(window.remindAt()).isEqualTo(stockholm(2026, 10, 25));
        assertThat(window.overdueAt()).isEqualTo(stockholm(2026, 10, 26));
        assertThat(window.overdueAt().toString()).isEqualTo("2026-10-25T23:00:00Z");
    }

    @Test
    void theReportCanBeWrittenFromTheStartOfItsFirstDay() {
        ReportWindow window = ReportWindow.around(1, PERIOD_END, ReportTiming.DEFAULT);

        assertThat(window.isOpenAt(stockholm(2026, 5, 31).minusSeconds(1))).isFalse();
        assertThat(window.isOpenAt(stockholm(2026, 5, 31))).isTrue();
        assertThat(window.opensOn()).isEqualTo(LocalDate.of(2026, 5, 31));
    }

    @Test
    void theTimersWaitOnDatesAndKnowTheirPeriod() {
        ReportWindow window = ReportWindow.around(3, PERIOD_END, ReportTiming.DEFAULT);

        assertThat(window.asVariables()).containsEntry(ReportWindow.PERIOD, 3)
                .containsEntry(ReportWindow.DUE_AT, java.util.Date.from(window.overdueAt()));
    }

    private static java.time.Instant stockholm(int year, int month, int day) {
        return ZonedDateTime.of(year, month, day, 0, 0, 0, 0, Clocks.STOCKHOLM).toInstant();
    }
}
