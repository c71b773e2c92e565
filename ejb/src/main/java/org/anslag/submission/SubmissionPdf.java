package org.anslag.submission;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * The frozen version as a PDF: the stored text, wrapped on A4 pages, with the checksum in the
 * header. Standard 14 fonts with WinAnsi encoding carry å, ä and ö, so no font file is needed.
 */
public final class SubmissionPdf {

    private static final float MARGIN = 50;
    private static final float LEADING = 14;
    private static final int WRAP = 95;

    private SubmissionPdf() {
    }

    public static byte[] render(SubmittedVersion version) {
        PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        List<String> lines = new ArrayList<>();
        lines.add("SHA-256: " + version.getSha256());
        lines.add("");
        for (String line : version.getContent().split("\n", -1)) {
            lines.addAll(wrap(printable(line)));
        }
        try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPageContentStream page = null;
            float y = 0;
            for (String line : lines) {
                if (page == null || y < MARGIN) {
                    if (page != null) {
                        page.endText();
                        page.close();
                    }
                    PDPage next = new PDPage(PDRectangle.A4);
                    pdf.addPage(next);
                    page = new PDPageContentStream(pdf, next);
                    page.beginText();
                    y = PDRectangle.A4.getHeight() - MARGIN;
                    page.newLineAtOffset(MARGIN, y);
                }
                page.setFont(line.startsWith("== ") ? bold : regular, line.startsWith("== ") ? 12 : 10);
                page.showText(line);
                page.newLineAtOffset(0, -LEADING);
                y -= LEADING;
            }
            if (page != null) {
                page.endText();
                page.close();
            }
            pdf.getDocumentInformation().setTitle("Ansökan");
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render the submitted version", e);
        }
    }

    /** Characters outside WinAnsi (e.g. emoji) are shown as "?"; the stored text keeps them. */
    static String printable(String line) {
        StringBuilder out = new StringBuilder();
        line.codePoints().forEach(c -> out.append(c >= 0x20 && c <= 0xFF || "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ".indexOf(c) >= 0
                ? Character.toString(c) : "?"));
        return out.toString();
    }

    private static List<String> wrap(String line) {
        List<String> wrapped = new ArrayList<>();
        String rest = line;
        while (rest.length() > WRAP) {
            int cut = rest.lastIndexOf(' ', WRAP);
            cut = cut <= 0 ? WRAP : cut;
            wrapped.add(rest.substring(0, cut));
            rest = rest.substring(cut).stripLeading();
        }
        wrapped.add(rest);
        return wrapped;
    }
}
