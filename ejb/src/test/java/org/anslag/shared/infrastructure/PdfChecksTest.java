package org.anslag.shared.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/** The checks can fail: a page drawn by hand, as the documents were before, breaks both standards. */
class PdfChecksTest {

    @Test
    void anUntaggedPdfWithAnUnembeddedFontFailsPdfAAndPdfUa() throws Exception {
        byte[] pdf;
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream text = new PDPageContentStream(document, page)) {
                text.beginText();
                text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 10);
                text.newLineAtOffset(50, 700);
                text.showText("Kvitto");
                text.endText();
            }
            document.save(out);
            pdf = out.toByteArray();
        }

        assertThat(PdfChecks.failedRules(pdf, PDFAFlavour.PDFA_2_U)).isNotEmpty();
        assertThat(PdfChecks.failedRules(pdf, PDFAFlavour.PDFUA_1)).isNotEmpty();
    }
}
