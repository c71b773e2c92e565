package org.anslag.call;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CountdownTest {

    private static final Instant DEADLINE = Instant.parse("2026-12-01T14:00:00Z");

    @Test
    void aDeadlineWeeksAwayIsShownInDaysHoursAndMinutes() {
        Instant now = DEADLINE.minus(Duration.ofDays(12).plusHours(3).plusMinutes(7)).minusSeconds(20);

        assertThat(Countdown.until(DEADLINE, now)).isEqualTo(new Countdown(12, 3, 7));
    }

    @Test
    void theLastMinutesAreCountedToo() {
        assertThat(Countdown.until(DEADLINE, DEADLINE.minusSeconds(90))).isEqualTo(new Countdown(0, 0, 1));
    }

    @Test
    void aPassedDeadlineIsOver() {
        assertThat(Countdown.until(DEADLINE, DEADLINE).isOver()).isTrue();
        assertThat(Countdown.until(DEADLINE, DEADLINE.plusSeconds(1)).isOver()).isTrue();
        assertThat(Countdown.until(DEADLINE, DEADLINE.minusSeconds(61)).isOver()).isFalse();
    }
}
