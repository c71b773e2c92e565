package org.anslag.learning;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.anslag.shared.Money;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * A synthesis as a Word document (.docx): the title page, then the notes under a heading per
 * programme or project, then each figure as a table whose heading row repeats on every page.
 */
public final class SynthesisDocument {

    private SynthesisDocument() {
    }

    public static void write(Synthesis synthesis, Locale locale, OutputStream out) {
        try (XWPFDocument document = new XWPFDocument()) {
            document.getProperties().getCoreProperties().setTitle(synthesis.title());
            titlePage(document, synthesis);
            heading(document, synthesis.notesHeading(), 16);
            if (synthesis.notes().isEmpty()) {
                text(document, synthesis.noNotes(), false);
            }
            for (Synthesis.Section section : synthesis.notes()) {
                heading(document, section.heading(), 13);
                for (Synthesis.Note note : section.notes()) {
                    text(document, note.byline(), true);
                    for (String paragraph : note.body().split("\\R")) {
                        text(document, paragraph, false);
                    }
                }
            }
            heading(document, synthesis.figuresHeading(), 16);
            if (synthesis.figures().isEmpty()) {
                text(document, synthesis.noFigures(), false);
            }
            for (Figure figure : synthesis.figures()) {
                heading(document, figure.title(), 13);
                for (Figure.Filter filter : figure.filters()) {
                    text(document, filter.label() + ": " + filter.value(), false);
                }
                table(document, figure, locale);
            }
            document.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void titlePage(XWPFDocument document, Synthesis synthesis) {
        XWPFRun title = document.createParagraph().createRun();
        title.setBold(true);
        title.setFontSize(24);
        title.setText(synthesis.title());
        for (String line : synthesis.titlePage()) {
            text(document, line, false);
        }
        document.createParagraph().createRun().addBreak(BreakType.PAGE);
    }

    private static void heading(XWPFDocument document, String text, int size) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setSpacingBefore(240);
        paragraph.setKeepNext(true);
        XWPFRun run = paragraph.createRun();
        run.setBold(true);
        run.setFontSize(size);
        run.setText(text);
    }

    private static void text(XWPFDocument document, String text, boolean italic) {
        XWPFRun run = document.createParagraph().createRun();
        run.setItalic(italic);
        run.setText(text);
    }

    private static void table(XWPFDocument document, Figure figure, Locale locale) {
        XWPFTable table = document.createTable(figure.rows().size() + 1, figure.columns().size());
        table.setWidth("100%");
        XWPFTableRow heading = table.getRow(0);
        heading.setRepeatHeader(true);
        for (int c = 0; c < figure.columns().size(); c++) {
            cell(heading, c, figure.columns().get(c), true);
        }
        for (int r = 0; r < figure.rows().size(); r++) {
            List<Object> values = figure.rows().get(r);
            for (int c = 0; c < values.size(); c++) {
                cell(table.getRow(r + 1), c, shown(values.get(c), locale), false);
            }
        }
    }

    private static void cell(XWPFTableRow row, int column, String text, boolean bold) {
        XWPFParagraph paragraph = row.getCell(column).getParagraphs().get(0);
        XWPFRun run = paragraph.createRun();
        run.setBold(bold);
        run.setText(text);
    }

    /** A cell as the reader would write it: "1 250 000 kr", "20,0 %", a date as 2026-05-31. */
    static String shown(Object value, Locale locale) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal amount) {
            return Money.text(amount);
        }
        if (value instanceof Figure.Share share) {
            return String.format(locale, "%.1f %%", share.value() * 100);
        }
        return value.toString();
    }
}
