package org.anslag.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The frozen text is canonical, and its PDF shows it in Swedish with the checksum. */
class SubmissionPdfTest {

    private final SubmittedDocument document = new SubmittedDocument()
            .section("Ansökan IH-2026-0042")
            .line("Projektnamn", "  Idésluss Medelpad ")
            .line("Sökt bidrag", SubmittedDocument.money(new BigDecimal("1250000")))
            .section("Sammanfattning")
            .line("Sammanfattning", "Medarbetarnas idéer prövas i Härnösand, Sundsvall och Timrå. ".repeat(4));

    @Test
    void theSameApplicationGivesTheSameTextAndChecksum() {
        String text = document.text();
        assertThat(text).startsWith("== Ansökan IH-2026-0042 ==\nProjektnamn: Idésluss Medelpad\nSökt bidrag: 1 250 000 kr\n");
        assertThat(org.anslag.attachment.AttachmentStore.sha256(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .isEqualTo(org.anslag.attachment.AttachmentStore.sha256(new SubmittedDocument()
                        .section("Ansökan IH-2026-0042").line("Projektnamn", "Idésluss Medelpad")
                        .line("Sökt bidrag", "1 250 000 kr").section("Sammanfattning")
                        .line("Sammanfattning", "Medarbetarnas idéer prövas i Härnösand, Sundsvall och Timrå. ".repeat(4))
                        .text().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    @Test
    void thePdfCarriesTheTextWithSwedishLettersAndTheChecksum() throws IOException {
        SubmittedVersion version = new SubmittedVersion(42L, document.text(), "ab".repeat(32), Instant.now());

        byte[] pdf = SubmissionPdf.render(version);

        try (PDDocument read = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(read).replace('\u00A0', ' ');
            assertThat(text).contains("SHA-256: " + "ab".repeat(32), "Ansökan IH-2026-0042", "Idésluss Medelpad",
                    "1 250 000 kr", "Härnösand");
        }
    }

    @Test
    void charactersAPdfStandardFontLacksAreShownAsQuestionMarks() {
        assertThat(org.anslag.shared.infrastructure.TextPdf.printable("Åäö – “bra” \uD83D\uDE00")).isEqualTo("Åäö – “bra” ?");
    }
}
