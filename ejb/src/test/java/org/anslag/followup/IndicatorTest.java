package org.anslag.followup;

import static org.anslag.shared.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class IndicatorTest {

    private final Indicator ideas = new Indicator(7L, 0,
            new IndicatorDraft("Inkomna idéer", "Ideas received", IndicatorUnit.COUNT, new BigDecimal("40"), true), null);
    private final Indicator hours = new Indicator(7L, 1,
            new IndicatorDraft("Arbetade timmar", "Hours worked", IndicatorUnit.HOURS, null, false), null);

    @Test
    void aValueIsRequiredAndNeverNegative() {
        assertRefused(() -> ideas.check(null), "value", "validation.required");
        assertRefused(() -> ideas.check(new BigDecimal("-1")), "value", "validation.notNegative");
        ideas.check(BigDecimal.ZERO);
    }

    @Test
    void aCountTakesWholeNumbersOnlyAndHoursTakeDecimals() {
        assertRefused(() -> ideas.check(new BigDecimal("2.5")), "value", "indicator.wholeNumber");
        ideas.check(new BigDecimal("3.00"));
        hours.check(new BigDecimal("2.5"));
        assertRefused(() -> hours.check(new BigDecimal("2.125")), "value", "indicator.twoDecimals");
    }

    @Test
    void anIndicatorNeedsBothNamesAUnitAndATargetThatFitsTheUnit() {
        assertRefused(() -> new IndicatorDraft(" ", "Ideas", IndicatorUnit.COUNT, null, true), "nameSv", "validation.required");
        assertRefused(() -> new IndicatorDraft("Idéer", null, IndicatorUnit.COUNT, null, true), "nameEn", "validation.required");
        assertRefused(() -> new IndicatorDraft("Idéer", "Ideas", null, null, true), "unit", "validation.required");
        assertRefused(() -> new IndicatorDraft("Idéer", "Ideas", IndicatorUnit.COUNT, new BigDecimal("-5"), true),
                "target", "validation.notNegative");
        assertRefused(() -> new IndicatorDraft("Idéer", "Ideas", IndicatorUnit.PEOPLE, new BigDecimal("1.5"), true),
                "target", "indicator.wholeNumber");
    }

    @Test
    void aChangeKeepsTheUnitOfTheValuesAlreadyReported() {
        assertRefused(() -> ideas.change(new IndicatorDraft("Idéer", "Ideas", IndicatorUnit.HOURS, null, true)),
                "unit", "indicator.unitFixed");

        ideas.change(new IndicatorDraft("Nya idéer", "New ideas", IndicatorUnit.COUNT, new BigDecimal("60"), false));
        assertThat(ideas.name(Locale.ENGLISH)).isEqualTo("New ideas");
        assertThat(ideas.getTarget()).isEqualByComparingTo("60");
        assertThat(ideas.isCumulative()).isFalse();
    }

    @Test
    void aCopyBelongsToTheNewCallWithTheSameDefinition() {
        Indicator copy = ideas.copyTo(9L);

        assertThat(copy.getCallId()).isEqualTo(9L);
        assertThat(copy.name(Locale.forLanguageTag("sv-SE"))).isEqualTo("Inkomna idéer");
        assertThat(copy.getTarget()).isEqualByComparingTo("40");
        assertThat(copy.isCumulative()).isTrue();
    }
}
