package org.anslag.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.anslag.followup.IndicatorUnit;
import org.junit.jupiter.api.Test;

class IndicatorTotalTest {

    private static IndicatorTotal.Series series(String... values) {
        return new IndicatorTotal.Series(List.of(values).stream().map(BigDecimal::new).toList());
    }

    @Test
    void anIndicatorThatAddsUpSumsEveryPeriodOfEveryProjectAgainstTheProjectsTargetsTogether() {
        IndicatorTotal ideas = IndicatorTotal.of("Inkomna idéer", "Ideas received", IndicatorUnit.COUNT, true,
                new BigDecimal("40"), 3, List.of(series("10", "15"), series("20")));

        assertThat(ideas.reported()).isEqualByComparingTo("45");
        assertThat(ideas.target()).isEqualByComparingTo("120");
        assertThat(ideas.reporting()).isEqualTo(2);
        assertThat(ideas.share()).isEqualTo(0.375);
    }

    @Test
    void anIndicatorThatDoesNotAddUpTakesEachProjectsNewestValue() {
        IndicatorTotal employees = IndicatorTotal.of("Medverkande medarbetare", "Employees involved", IndicatorUnit.PEOPLE,
                false, new BigDecimal("10"), 2, List.of(series("4", "12"), series("6")));

        assertThat(employees.reported()).isEqualByComparingTo("18");
        assertThat(employees.target()).isEqualByComparingTo("20");
        assertThat(employees.share()).isEqualTo(0.9);
    }

    @Test
    void percentagesAreAveragedAndAMissingTargetHasNoShare() {
        IndicatorTotal satisfied = IndicatorTotal.of("Nöjda", "Satisfied", IndicatorUnit.PERCENT, false,
                new BigDecimal("80"), 2, List.of(series("70", "60"), series("90")));
        assertThat(satisfied.reported()).isEqualByComparingTo("75");
        assertThat(satisfied.target()).isEqualByComparingTo("80");

        IndicatorTotal money = IndicatorTotal.of("Sparat", "Saved", IndicatorUnit.KRONOR, true, null, 1, List.of(series("1250000")));
        assertThat(money.target()).isNull();
        assertThat(money.share()).isNull();
    }
}
