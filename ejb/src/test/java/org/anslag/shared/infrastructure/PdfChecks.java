package org.anslag.shared.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** What a tagged, archival PDF in a given language must show: read with PDFBox, judged by veraPDF. */
public final class PdfChecks {

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private PdfChecks() {
    }

    public static String text(byte[] pdf) throws IOException {
        try (PDDocument read = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(read).replace('\u00A0', ' ');
        }
    }

    /** Tagged (structure tree, MarkInfo/Marked), with /Lang and a title shown as the window title. */
    public static void assertTagged(byte[] pdf, String language, String title) throws IOException {
        try (PDDocument read = Loader.loadPDF(pdf)) {
            var catalog = read.getDocumentCatalog();
            assertThat(catalog.getStructureTreeRoot()).as("structure tree").isNotNull();
            assertThat(catalog.getStructureTreeRoot().getKids()).as("structure elements").isNotEmpty();
            assertThat(catalog.getMarkInfo()).as("MarkInfo").isNotNull();
            assertThat(catalog.getMarkInfo().isMarked()).as("MarkInfo/Marked").isTrue();
            assertThat(catalog.getLanguage()).as("/Lang").isEqualTo(language);
            assertThat(read.getDocumentInformation().getTitle()).as("title").isEqualTo(title);
            assertThat(catalog.getViewerPreferences().displayDocTitle()).as("DisplayDocTitle").isTrue();
            assertThat(catalog.getOutputIntents()).as("output intent").isNotEmpty();
        }
    }

    /** The rules veraPDF finds broken for a flavour (PDF/A-2u, PDF/UA-1 …), one line each. */
    public static List<String> failedRules(byte[] pdf, PDFAFlavour flavour) throws Exception {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            ValidationResult result = validator.validate(parser);
            assertThat(result.getTotalAssertions()).as("rules checked for " + flavour).isPositive();
            return result.getTestAssertions().stream().filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + " " + a.getMessage()
                            + " at " + a.getLocation().getContext())
                    .distinct().toList();
        }
    }
}
