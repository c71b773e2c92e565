package org.anslag.submission;

import org.anslag.shared.infrastructure.TextPdf;

/** The frozen version as a PDF: the stored text, with the checksum at the top. */
public final class SubmissionPdf {

    private SubmissionPdf() {
    }

    public static byte[] render(SubmittedVersion version) {
        return TextPdf.render("Ansökan", "SHA-256: " + version.getSha256() + "\n\n" + version.getContent());
    }
}
