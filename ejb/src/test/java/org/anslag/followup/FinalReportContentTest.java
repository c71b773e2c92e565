package org.anslag.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.anslag.shared.RuleViolation;
import org.junit.jupiter.api.Test;

class FinalReportContentTest {

    private static final ReusableResult RESULT = ReusableResult.of(" Idéslussens mallar ", "Mallar för att ta emot idéer.",
            "Innovationsledare", " innovation@sundsvall.se ", Licence.CC_BY_4_0, "ignored");

    @Test
    void aResultKeepsWhatWasTypedWithoutSurroundingSpaceAndCreativeCommonsNeedsNoTerms() {
        assertThat(RESULT.getTitle()).isEqualTo("Idéslussens mallar");
        assertThat(RESULT.getContactEmail()).isEqualTo("innovation@sundsvall.se");
        assertThat(RESULT.getLicenceTerms()).as("CC BY 4.0 says it all").isNull();
    }

    @Test
    void aResultWithoutAContactEmailOrWithAMalformedOneIsRefusedNamingTheField() {
        assertThat(refusal(() -> ReusableResult.of("Mallar", "Text", "Innovationsledare", " ", Licence.CC0, null)))
                .containsExactly("contactEmail", "validation.required");
        assertThat(refusal(() -> ReusableResult.of("Mallar", "Text", "Innovationsledare", "innovation.sundsvall.se", Licence.CC0, null)))
                .containsExactly("contactEmail", "finalReport.emailFormat");
        assertThat(refusal(() -> ReusableResult.of("Mallar", "Text", "", "a@b.se", Licence.CC0, null)))
                .containsExactly("contactRole", "validation.required");
    }

    @Test
    void anOpenSourceLicenceOrOtherTermsMustBeNamed() {
        assertThat(refusal(() -> ReusableResult.of("Kod", "Text", "IT-chef", "it@timra.se", Licence.OPEN_SOURCE, "  ")))
                .containsExactly("licenceTerms", "validation.required");
        assertThat(ReusableResult.of("Kod", "Text", "IT-chef", "it@timra.se", Licence.OPEN_SOURCE, " EUPL-1.2 ").getLicenceTerms())
                .isEqualTo("EUPL-1.2");
        assertThat(refusal(() -> ReusableResult.of("Kod", "Text", "IT-chef", "it@timra.se", null, null)))
                .containsExactly("licence", "validation.required");
    }

    @Test
    void theTotalSpentIsZeroOrMoreAndAtLeastOneResultIsReported() {
        assertThat(refusal(() -> new FinalReportContent("Mål nådda.", List.of(RESULT), "Lärdom.", new BigDecimal("-1"))))
                .containsExactly("totalSpent", "amount.negative");
        assertThat(refusal(() -> new FinalReportContent("Mål nådda.", List.of(RESULT), "Lärdom.", null)))
                .containsExactly("totalSpent", "validation.required");
        assertThat(refusal(() -> new FinalReportContent("Mål nådda.", List.of(), "Lärdom.", BigDecimal.ZERO)))
                .containsExactly("results", "finalReport.noResult");
        assertThat(refusal(() -> new FinalReportContent(" ", List.of(RESULT), "Lärdom.", BigDecimal.ZERO)))
                .containsExactly("outcomes", "validation.required");
        assertThat(new FinalReportContent(" Mål nådda. ", List.of(RESULT), "Lärdom.", BigDecimal.ZERO).outcomes())
                .isEqualTo("Mål nådda.");
    }

    private static List<String> refusal(org.assertj.core.api.ThrowableAssert.ThrowingCallable change) {
        RuleViolation violation = (RuleViolation) org.assertj.core.api.Assertions.catchThrowable(change);
        assertThat(violation).as("refused").isNotNull();
        return List.of(violation.field(), violation.messageKey());
    }
}
