package org.anslag.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IdentityNumbersTest {

    @Test
    void personalIdentityNumbersPassWithTheirCheckDigitInEveryWrittenForm() {
        assertThat(IdentityNumbers.isPersonalIdentityNumber("811218-9876")).isTrue();
        assertThat(IdentityNumbers.isPersonalIdentityNumber("8112189876")).isTrue();
        assertThat(IdentityNumbers.isPersonalIdentityNumber("19811218-9876")).isTrue();
        assertThat(IdentityNumbers.isPersonalIdentityNumber(" 198112189876 ")).isTrue();
        assertThat(IdentityNumbers.isPersonalIdentityNumber("811278-9873")).as("samordningsnummer: day + 60").isTrue();
    }

    @Test
    void aWrongCheckDigitADateThatIsNoneOrAnOrganisationIsNoPersonalIdentityNumber() {
        assertThat(IdentityNumbers.isPersonalIdentityNumber("811218-9875")).as("check digit").isFalse();
        assertThat(IdentityNumbers.isPersonalIdentityNumber("811318-9870")).as("month 13").isFalse();
        assertThat(IdentityNumbers.isPersonalIdentityNumber("212000-2411")).as("Sundsvalls kommun").isFalse();
        assertThat(IdentityNumbers.isPersonalIdentityNumber("81121-89876")).isFalse();
        assertThat(IdentityNumbers.isPersonalIdentityNumber(null)).isFalse();
    }

    @Test
    void organisationNumbersPassWithTheirCheckDigitOnly() {
        assertThat(IdentityNumbers.isOrganisationNumber("212000-2411")).as("Sundsvalls kommun").isTrue();
        assertThat(IdentityNumbers.isOrganisationNumber("2120002411")).isTrue();
        assertThat(IdentityNumbers.isOrganisationNumber("16212000-2411")).isTrue();
        assertThat(IdentityNumbers.isOrganisationNumber("212000-2412")).as("check digit").isFalse();
        assertThat(IdentityNumbers.isOrganisationNumber("811218-9876")).as("a person's number").isFalse();
    }

    @Test
    void aPublicCopyMasksPersonalIdentityNumbersAndLeavesOtherNumbersAsWritten() {
        String text = "Kontakt 19811218-9876 eller 811218-9876, kommunen 212000-2411, belopp 1 250 000 kr, "
                + "telefon 060-19 10 00, ansökan IH-2026-0042, fel siffra 811218-9875.";

        assertThat(IdentityNumbers.maskPersonalIdentityNumbers(text)).isEqualTo(
                "Kontakt XXXXXX-XXXX eller XXXXXX-XXXX, kommunen 212000-2411, belopp 1 250 000 kr, "
                        + "telefon 060-19 10 00, ansökan IH-2026-0042, fel siffra 811218-9875.");
    }
}
