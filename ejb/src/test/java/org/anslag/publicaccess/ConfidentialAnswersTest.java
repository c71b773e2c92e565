package org.anslag.publicaccess;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ConfidentialAnswersTest {

    private static final String BUDGET = "Idé / Budgetunderlag";
    private static final String NEED = "Idé / Behov";

    @Test
    void aConfidentialAnswerIsMaskedOverAllItsLinesAndTheOthersStay() {
        String frozen = """
                == Frågor ==
                Idé / Behov: Äldre i glesbygd.
                Idé / Budgetunderlag: Leverantören tar 950 kr/h.
                Rabatten: 12 % till och med 2027.

                Andra stycket om priset.
                Idé / Mål: Fler digitala besök.

                == Budget ==
                Total kostnad: 1 250 000 kr
                """;

        String masked = ConfidentialAnswers.mask(frozen, Set.of(BUDGET, NEED, "Idé / Mål"), Set.of(BUDGET));

        assertEquals("""
                == Frågor ==
                Idé / Behov: Äldre i glesbygd.
                Idé / Budgetunderlag: %s
                Idé / Mål: Fler digitala besök.

                == Budget ==
                Total kostnad: 1 250 000 kr
                """.formatted(ConfidentialAnswers.MASK), masked);
    }

    @Test
    void aLabelHoldingColonsIsFoundWhole() {
        String frozen = "Avsnitt: del 1 / Pris: per timme: 950 kr\nAvsnitt: del 1 / Annat: ja\n";

        String masked = ConfidentialAnswers.mask(frozen, Set.of("Avsnitt: del 1 / Pris", "Avsnitt: del 1 / Annat"),
                Set.of("Avsnitt: del 1 / Pris"));

        assertEquals("Avsnitt: del 1 / Pris: " + ConfidentialAnswers.MASK + "\nAvsnitt: del 1 / Annat: ja\n", masked);
    }

    @Test
    void withoutConfidentialQuestionsTheTextIsUnchanged() {
        String frozen = "== Frågor ==\nIdé / Behov: Äldre i glesbygd.\nmer text\n";

        assertEquals(frozen, ConfidentialAnswers.mask(frozen, Set.of(NEED), Set.of()));
    }
}
