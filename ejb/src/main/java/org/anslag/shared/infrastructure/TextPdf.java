package org.anslag.shared.infrastructure;

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
 * Plain text as an A4 PDF: lines wrapped to the page, lines starting with "== " set in bold.
 * Standard 14 fonts with WinAnsi encoding carry å, ä and ö, so no font file is needed.
 */
public final class TextPdf {

    private static final float MARGIN = 50;
    private static final float LEADING = 14;
    private static final int WRAP = 95;

    private TextPdf() {
    }

    public static byte[] render(String title, String text) {
        PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
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
                boolean heading = line.startsWith("== ");
                page.setFont(heading ? bold : regular, heading ? 12 : 10);
                page.showText(line);
                page.newLineAtOffset(0, -LEADING);
                y -= LEADING;
            }
            if (page != null) {
                page.endText();
                page.close();
            }
            pdf.getDocumentInformation().setTitle(printable(title));
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render " + title, e);
        }
    }

    /** Characters outside WinAnsi (e.g. emoji) are shown as "?"; the stored text keeps them. */
    public static String printable(String line) {
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
