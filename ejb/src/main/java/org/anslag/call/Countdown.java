package org.anslag.call;

import java.time.Duration;
import java.time.Instant;

/** Time left until a call closes, in the units people read a deadline in. */
public record Countdown(long days, long hours, long minutes) {

    public static Countdown until(Instant deadline, Instant now) {
        Duration left = Duration.between(now, deadline);
        if (left.isNegative() || left.isZero()) {
            return new Countdown(0, 0, 0);
        }
        return new Countdown(left.toDays(), left.toHoursPart(), left.toMinutesPart());
    }

    public boolean isOver() {
        return days == 0 && hours == 0 && minutes == 0;
    }
}
