package org.anslag.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

class SynthesisDocumentTest {

    private final Figure coverage = new Figure("Kommuner per län",
            List.of(new Figure.Filter("Program", "Innovation i kommuner")),
            List.of("Län", "Kommuner som deltar", "Andel", "Beviljat"),
            List.of(List.of("Västernorrlands län", 3, new Figure.Share(0.4286), new BigDecimal("1250000")),
                    List.of("Norrbottens län", 1, new Figure.Share(0.0714), new BigDecimal("600000"))));

    private final Synthesis synthesis = new Synthesis("Syntes: Innovation i kommuner", List.of("Uttagen av Ingrid Falk 2026-12-01 09:30"),
            "Anteckningar",
            List.of(new Synthesis.Section("Om programmet", List.of(new Synthesis.Note("Ingrid Falk, 2026-11-30 14:00",
                            "Ledningens stöd avgör.\nDet syns i alla rapporter."))),
                    new Synthesis.Section("IH-2026-0001 Idéslussen", List.of(new Synthesis.Note("Maria Ek, 2026-12-01 08:15",
                            "Spridningen till Timrå kom av sig själv.")))),
            "Inga anteckningar ännu.", "Figurer", List.of(coverage), "Inga figurer ännu.");

    @Test
    void theDocumentOpensInWordsOwnFormatWithTitleNotesAndEveryFigureAsATable() throws Exception {
        try (XWPFDocument document = reopened(synthesis)) {
            List<String> paragraphs = document.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertThat(paragraphs.get(0)).isEqualTo("Syntes: Innovation i kommuner");
            assertThat(document.getProperties().getCoreProperties().getTitle()).isEqualTo("Syntes: Innovation i kommuner");
            assertThat(paragraphs).containsSubsequence("Anteckningar", "Om programmet", "Ingrid Falk, 2026-11-30 14:00",
                    "Ledningens stöd avgör.", "Det syns i alla rapporter.", "IH-2026-0001 Idéslussen",
                    "Spridningen till Timrå kom av sig själv.", "Figurer", "Kommuner per län", "Program: Innovation i kommuner");

            assertThat(document.getTables()).hasSize(1);
            XWPFTable table = document.getTables().get(0);
            assertThat(table.getRows()).hasSize(3);
            assertThat(table.getRow(0).isRepeatHeader()).isTrue();
            assertThat(table.getRow(0).getCell(1).getText()).isEqualTo("Kommuner som deltar");
            assertThat(table.getRow(1).getCell(0).getText()).isEqualTo("Västernorrlands län");
            assertThat(table.getRow(1).getCell(2).getText()).isEqualTo("42,9 %");
            assertThat(table.getRow(1).getCell(3).getText()).isEqualTo("1 250 000 kr");
        }
    }

    @Test
    void anEmptyProgrammeSaysSoInsteadOfLeavingTheSectionsBlank() throws Exception {
        Synthesis empty = new Synthesis("Synthesis: Innovation in municipalities", List.of(), "Notes", List.of(),
                "No notes yet.", "Figures", List.of(), "No figures yet.");
        try (XWPFDocument document = reopened(empty)) {
            List<String> paragraphs = document.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertThat(paragraphs).containsSubsequence("Notes", "No notes yet.", "Figures", "No figures yet.");
            assertThat(document.getTables()).isEmpty();
        }
    }

    @Test
    void sharesFollowTheReadersLanguage() {
        assertThat(SynthesisDocument.shown(new Figure.Share(0.2), Locale.ENGLISH)).isEqualTo("20.0 %");
        assertThat(SynthesisDocument.shown(new Figure.Share(0.2), Locale.forLanguageTag("sv"))).isEqualTo("20,0 %");
    }

    private static XWPFDocument reopened(Synthesis synthesis) throws Exception {
        var out = new ByteArrayOutputStream();
        SynthesisDocument.write(synthesis, Locale.forLanguageTag("sv"), out);
        return new XWPFDocument(new ByteArrayInputStream(out.toByteArray()));
    }
}
