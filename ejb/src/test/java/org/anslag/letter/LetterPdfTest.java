package org.anslag.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import org.anslag.shared.infrastructure.PdfChecks;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/** A decision letter is a tagged, archival PDF on the letterhead in the language it was written in. */
class LetterPdfTest {

    private static final String SWEDISH_BODY = """
            == Beslut om ansökan IH-2026-0042

            Ansökan "Łódź & Ærøskøbing – Ελλάδα" till utlysningen Innovation i Київ uppfyller inte utlysningens grundkrav.

            Skäl:
            - Ansökan har färre partnerkommuner än utlysningen kräver (2).
            - Den egna medfinansieringen är lägre än utlysningens minsta andel (20 %).

            Beslutet fattades 2026-03-01 10:30 (svensk tid) av Åsa Öberg.""";

    @Test
    void aSwedishLetterPrintsItsTextAsWrittenOnTheSwedishLetterhead() throws IOException {
        byte[] pdf = LetterPdf.render(letter("sv", "Beslut om ansökan IH-2026-0042: uppfyller inte grundkraven", SWEDISH_BODY));

        String text = PdfChecks.text(pdf);
        assertThat(text).contains("Anslag", "Beslut", "Beslut om ansökan IH-2026-0042",
                "\"Łódź & Ærøskøbing – Ελλάδα\"", "Київ", "färre partnerkommuner", "(20 %)", "Åsa Öberg", "Sida 1 av 1");
        assertThat(text).doesNotContain("==", "?");
        PdfChecks.assertTagged(pdf, "sv", "Beslut om ansökan IH-2026-0042: uppfyller inte grundkraven");
    }

    @Test
    void anEnglishLetterIsEnglishThroughout() throws IOException {
        byte[] pdf = LetterPdf.render(letter("en", "Decision on application IH-2026-0042: granted",
                "== Decision on application IH-2026-0042\n\nThe application \"Ελλάδα\" is granted 500 000 kr."));

        assertThat(PdfChecks.text(pdf)).contains("Decision", "The application \"Ελλάδα\" is granted 500 000 kr.", "Page 1 of 1")
                .doesNotContain("Sida", "Beslut");
        PdfChecks.assertTagged(pdf, "en", "Decision on application IH-2026-0042: granted");
    }

    @Test
    void aLetterMeetsPdfA2uAndPdfUa1() throws Exception {
        byte[] pdf = LetterPdf.render(letter("sv", "Beslut om ansökan IH-2026-0042: uppfyller inte grundkraven", SWEDISH_BODY));

        assertThat(PdfChecks.failedRules(pdf, PDFAFlavour.PDFA_2_U)).isEmpty();
        assertThat(PdfChecks.failedRules(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
    }

    private static Letter letter(String language, String title, String body) {
        return new Letter(null, LetterKind.INELIGIBLE, language, title, body, "maria", Instant.parse("2026-03-01T09:30:00Z"));
    }
}
