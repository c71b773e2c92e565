package org.anslag.web.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AmountConverterTest {

    private final AmountConverter converter = new AmountConverter();

    @ParameterizedTest
    @ValueSource(strings = {"1250000", "1 250 000", "1 250 000 kr", "1250000kr", "1\u00A0250\u00A0000\u00A0kr",
            "1\u202F250\u202F000", " 1250000 KR "})
    void amountsAreReadTheWayPeopleTypeThem(String typed) {
        assertThat(converter.getAsObject(null, null, typed)).isEqualByComparingTo("1250000");
    }

    @Test
    void anEmptyFieldMeansNoAmount() {
        assertThat(converter.getAsObject(null, null, "  ")).isNull();
    }

    @Test
    void anAmountIsShownGroupedWithoutTheCurrencySoItCanBeEditedAndReadBack() {
        String shown = converter.getAsString(null, null, new BigDecimal("1250000"));

        assertThat(shown).isEqualTo("1\u00A0250\u00A0000");
        assertThat(converter.getAsObject(null, null, shown)).isEqualByComparingTo("1250000");
    }
}
