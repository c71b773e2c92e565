package org.anslag.change;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.anslag.shared.RuleViolation;

/**
 * A later end date for the grant's last reporting period: every period not yet reported moves by
 * the same number of days, so the periods keep their lengths; reported periods stay where they were.
 */
public record Extension(long days, Map<Integer, LocalDate> newEnds) {

    /** One reporting period as planned: its number (1 for the first) and its last day. */
    public record Period(int number, LocalDate endsOn) {
    }

    public static Extension plan(List<Period> periods, Set<Integer> reported, LocalDate newEnd) {
        if (newEnd == null) {
            throw new RuleViolation("newEnd", "validation.required");
        }
        if (periods.isEmpty()) {
            throw new RuleViolation("newEnd", "change.noPeriods");
        }
        Period last = periods.get(periods.size() - 1);
        if (!newEnd.isAfter(last.endsOn())) {
            throw new RuleViolation("newEnd", "change.extensionNotLater", last.endsOn());
        }
        if (reported.contains(last.number())) {
            throw new RuleViolation("newEnd", "change.lastPeriodReported");
        }
        long days = ChronoUnit.DAYS.between(last.endsOn(), newEnd);
        Map<Integer, LocalDate> moved = new LinkedHashMap<>();
        periods.stream().filter(period -> !reported.contains(period.number()))
                .forEach(period -> moved.put(period.number(), period.endsOn().plusDays(days)));
        return new Extension(days, moved);
    }
}
