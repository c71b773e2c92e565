package org.anslag.web.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class FormatsTest {

    private static final Locale SWEDISH = Locale.forLanguageTag("sv");

    @Test
    void moneyIsShownInWholeKronorGroupedWithNoBreakSpaces() {
        assertThat(Formats.formatMoney(new BigDecimal("1250000"))).isEqualTo("1\u00A0250\u00A0000\u00A0kr");
    }

    @Test
    void smallAmountsHaveNoGroupSeparator() {
        assertThat(Formats.formatMoney(new BigDecimal("950"))).isEqualTo("950\u00A0kr");
    }

    @Test
    void noAmountIsShownAsNothing() {
        assertThat(Formats.formatMoney(null)).isEmpty();
    }

    @Test
    void aScoreHasTwoDecimalsWithADecimalCommaInSwedish() {
        assertThat(Formats.formatScore(new BigDecimal("5.6"), SWEDISH)).isEqualTo("5,60");
    }

    @Test
    void aScoreHasTwoDecimalsWithADecimalPointInEnglish() {
        assertThat(Formats.formatScore(new BigDecimal("5.6"), Locale.ENGLISH)).isEqualTo("5.60");
    }

    @Test
    void aScoreIsRoundedToTwoDecimals() {
        assertThat(Formats.formatScore(new BigDecimal("6.666"), Locale.ENGLISH)).isEqualTo("6.67");
    }

    @Test
    void amountsAndDeadlinesInMessagesAreShownAsMoneyAndSwedishTime() {
        Object[] shown = Formats.forDisplay(new Object[] {new BigDecimal("500000"),
                Instant.parse("2026-04-15T13:00:00Z"), "Relevans"});

        assertThat(shown).containsExactly("500\u00A0000\u00A0kr", "2026-04-15 15:00", "Relevans");
    }

    @Test
    void datesAndTimesAreShownInSwedishTimeWhateverTheServerZone() {
        Formats formats = new Formats();

        assertThat(formats.dateTime(Instant.parse("2026-01-31T23:30:00Z"))).isEqualTo("2026-02-01 00:30");
        assertThat(formats.dateTime(null)).isEmpty();
        assertThat(formats.date(java.time.LocalDate.of(2026, 5, 20))).isEqualTo("2026-05-20");
    }
}
