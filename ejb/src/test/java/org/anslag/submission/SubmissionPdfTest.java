package org.anslag.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.anslag.application.PartnerConfirmation;
import org.anslag.attachment.AttachmentStore;
import org.anslag.budget.CostCategory;
import org.anslag.shared.infrastructure.PdfChecks;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/** The frozen text is canonical; its receipt is a tagged, archival PDF in the reader's language. */
class SubmissionPdfTest {

    private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");
    /** Names in scripts DejaVu Sans covers; it has no Chinese or Japanese, so 東京 would not print. */
    private static final List<String> NAMES = List.of("Ærøskøbing kommune", "Łódź", "Ελλάδα", "Київ", "Երևան",
            "თბილისი", "Fabrik <&> \"AB\"", "Åsa Öberg-Ängström");

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
        assertThat(AttachmentStore.sha256(text.getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(AttachmentStore.sha256(new SubmittedDocument()
                        .section("Ansökan IH-2026-0042").line("Projektnamn", "Idésluss Medelpad")
                        .line("Sökt bidrag", "1 250 000 kr").section("Sammanfattning")
                        .line("Sammanfattning", "Medarbetarnas idéer prövas i Härnösand, Sundsvall och Timrå. ".repeat(4))
                        .text().getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theSwedishReceiptPrintsEveryNameAsTypedUnderSwedishHeadings() throws IOException {
        byte[] pdf = SubmissionPdf.render(version(), "IH-2026-0042", SWEDISH);

        String text = PdfChecks.text(pdf);
        assertThat(text).contains(NAMES).contains("Anslag", "Kvitto", "Inskickad ansökan IH-2026-0042",
                "Kontrollsumma (SHA-256)", "ab".repeat(32), "Idésluss Medelpad", "1 250 000 kr", "Härnösand", "Sida 1 av 1");
        assertThat(text).doesNotContain("?", "CONFIRMED", "PERSONNEL", "Receipt", "Checksum");
        PdfChecks.assertTagged(pdf, "sv", "Inskickad ansökan IH-2026-0042");
    }

    @Test
    void anEnglishReaderGetsEnglishHeadingsAroundTheSwedishTextTheChecksumCovers() throws IOException {
        byte[] pdf = SubmissionPdf.render(version(), "IH-2026-0042", Locale.ENGLISH);

        String text = PdfChecks.text(pdf);
        assertThat(text).contains(NAMES).contains("Receipt", "Submitted application IH-2026-0042", "Checksum (SHA-256)",
                "kept in Swedish", "Page 1 of 1", "Idésluss Medelpad");
        assertThat(text).doesNotContain("Kvitto", "Kontrollsumma");
        PdfChecks.assertTagged(pdf, "en", "Submitted application IH-2026-0042");
    }

    @Test
    void theReceiptMeetsPdfA2uAndPdfUa1InBothLanguages() throws Exception {
        for (Locale reader : List.of(SWEDISH, Locale.ENGLISH)) {
            byte[] pdf = SubmissionPdf.render(version(), "IH-2026-0042", reader);

            assertThat(PdfChecks.failedRules(pdf, PDFAFlavour.PDFA_2_U)).as("PDF/A-2u, " + reader).isEmpty();
            assertThat(PdfChecks.failedRules(pdf, PDFAFlavour.PDFUA_1)).as("PDF/UA-1, " + reader).isEmpty();
        }
    }

    @Test
    void theFrozenTextNamesStatesAndCostCategoriesInSwedishWords() {
        ResourceBundle labels = SubmissionPdf.texts(SWEDISH);
        for (PartnerConfirmation state : PartnerConfirmation.values()) {
            assertThat(labels.getString("confirmation." + state)).isNotBlank().isNotEqualTo(state.name());
        }
        for (CostCategory category : CostCategory.values()) {
            assertThat(labels.getString("costCategory." + category)).isNotBlank().isNotEqualTo(category.name());
        }
        assertThat(labels.getString("confirmation.CONFIRMED")).isEqualTo("Bekräftad");
        assertThat(labels.getString("costCategory.PERSONNEL")).isEqualTo("Personal");
    }

    private SubmittedVersion version() {
        SubmittedDocument withNames = new SubmittedDocument().section("Ansökan IH-2026-0042")
                .line("Projektnamn", "Idésluss Medelpad")
                .line("Sökt bidrag", SubmittedDocument.money(new BigDecimal("1250000")))
                .section("Sammanfattning")
                .line("Sammanfattning", "Medarbetarnas idéer prövas i Härnösand, Sundsvall och Timrå. ".repeat(4))
                .section("Partnerkommuner");
        NAMES.forEach(name -> withNames.line(name, "Bekräftad (" + name + ")"));
        withNames.section("Bilagor").line("Ελλάδα-πλάνο.pdf", "12 byte");
        return new SubmittedVersion(42L, withNames.text(), "ab".repeat(32), Instant.parse("2026-03-01T09:30:00Z"));
    }
}
