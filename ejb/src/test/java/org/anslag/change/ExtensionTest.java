package org.anslag.change;

import static org.anslag.shared.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A later end date moves every period not yet reported by the same number of days. */
class ExtensionTest {

    private static final List<Extension.Period> PERIODS = List.of(
            new Extension.Period(1, LocalDate.of(2026, 6, 30)),
            new Extension.Period(2, LocalDate.of(2026, 12, 31)),
            new Extension.Period(3, LocalDate.of(2027, 6, 30)));

    @Test
    void theRemainingPeriodsMoveByTheDaysTheEndMoves() {
        Extension extension = Extension.plan(PERIODS, Set.of(1), LocalDate.of(2027, 9, 30));

        assertThat(extension.days()).isEqualTo(92);
        assertThat(extension.newEnds()).isEqualTo(Map.of(
                2, LocalDate.of(2027, 4, 2),
                3, LocalDate.of(2027, 9, 30)));
    }

    @Test
    void withNothingReportedEveryPeriodMoves() {
        Extension extension = Extension.plan(PERIODS, Set.of(), LocalDate.of(2027, 7, 10));

        assertThat(extension.newEnds()).containsOnlyKeys(1, 2, 3).containsEntry(1, LocalDate.of(2026, 7, 10));
    }

    @Test
    void anEndThatIsNotLaterIsRefused() {
        assertRefused(() -> Extension.plan(PERIODS, Set.of(), LocalDate.of(2027, 6, 30)), "newEnd", "change.extensionNotLater");
        assertRefused(() -> Extension.plan(PERIODS, Set.of(), LocalDate.of(2027, 1, 1)), "newEnd", "change.extensionNotLater");
    }

    @Test
    void anEndIsRequired() {
        assertRefused(() -> Extension.plan(PERIODS, Set.of(), null), "newEnd", "validation.required");
    }

    @Test
    void afterTheLastReportThereIsNothingLeftToExtend() {
        assertRefused(() -> Extension.plan(PERIODS, Set.of(1, 2, 3), LocalDate.of(2027, 12, 31)),
                "newEnd", "change.lastPeriodReported");
    }
}
