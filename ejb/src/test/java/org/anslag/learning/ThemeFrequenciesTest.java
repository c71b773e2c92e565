package org.anslag.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.anslag.call.CallType;
import org.anslag.followup.TermKind;
import org.anslag.shared.RuleViolation;
import org.junit.jupiter.api.Test;

class ThemeFrequenciesTest {

    private final Theme time = new Theme(1L, TermKind.HINDER, "Brist på tid", "Lack of time", false);
    private final Theme rules = new Theme(2L, TermKind.HINDER, "Regelverk", "Regulation", false);
    private final Theme leadership = new Theme(3L, TermKind.SUCCESS_FACTOR, "Engagerad ledning", "Engaged leadership", false);

    @Test
    void eachThemeIsCountedPerPeriodAndInAllMostFrequentFirst() {
        ThemeFrequencies frequencies = ThemeFrequencies.tally(List.of(time, rules, leadership), List.of(
                new ThemeFrequencies.Tagged(1, List.of(1L, 3L)),
                new ThemeFrequencies.Tagged(1, List.of(2L)),
                new ThemeFrequencies.Tagged(2, List.of(2L, 3L)),
                new ThemeFrequencies.Tagged(2, List.of(2L))));

        assertThat(frequencies.periods()).containsExactly(1, 2);
        assertThat(frequencies.of(TermKind.HINDER)).extracting(line -> line.theme().labelSv(), ThemeFrequencies.Line::total,
                ThemeFrequencies.Line::perPeriod).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Regelverk", 3L, List.of(1L, 2L)),
                        org.assertj.core.groups.Tuple.tuple("Brist på tid", 1L, List.of(1L, 0L)));
        assertThat(frequencies.of(TermKind.SUCCESS_FACTOR).get(0).total()).isEqualTo(2);
        assertThat(frequencies.largestCell()).isEqualTo(2);
    }

    @Test
    void aThemeNoReportCarriesStillShowsWithNought() {
        ThemeFrequencies frequencies = ThemeFrequencies.tally(List.of(time), List.of());

        assertThat(frequencies.periods()).isEmpty();
        assertThat(frequencies.lines()).singleElement().extracting(ThemeFrequencies.Line::total).isEqualTo(0L);
    }

    @Test
    void theFilterReadsItsValuesAndNamesTheOneThatCannotBe() {
        ThemeFilter filter = ThemeFilter.parse(Map.of("programme", "3", "callType", "IDEA_HUB", "period", "2",
                "year", "2026", "county", "22"));
        assertThat(filter).isEqualTo(new ThemeFilter(3L, CallType.IDEA_HUB, 2, 2026, "22"));
        assertThat(filter.query()).isEqualTo("programme=3&callType=IDEA_HUB&period=2&year=2026&county=22");
        assertThat(ThemeFilter.parse(Map.of("programme", "3", "period", ""))).isEqualTo(new ThemeFilter(3L, null, null, null, null));

        assertThatThrownBy(() -> ThemeFilter.parse(Map.of("programme", "3", "period", "två")))
                .isInstanceOfSatisfying(RuleViolation.class, refused -> assertThat(refused.field()).isEqualTo("period"));
        assertThatThrownBy(() -> ThemeFilter.parse(Map.of("programme", "3", "callType", "CIRCUS")))
                .isInstanceOfSatisfying(RuleViolation.class, refused -> assertThat(refused.field()).isEqualTo("callType"));
        assertThatThrownBy(() -> ThemeFilter.parse(Map.of("programme", "3", "county", "Västernorrland")))
                .isInstanceOfSatisfying(RuleViolation.class, refused -> assertThat(refused.field()).isEqualTo("county"));
        assertThatThrownBy(() -> ThemeFilter.parse(Map.of()))
                .isInstanceOfSatisfying(RuleViolation.class, refused -> assertThat(refused.field()).isEqualTo("programme"));
    }
}
