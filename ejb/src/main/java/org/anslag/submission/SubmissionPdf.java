package org.anslag.submission;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.anslag.notification.Links;
import org.anslag.shared.infrastructure.Letterhead;
import org.anslag.shared.infrastructure.Xhtml;

/**
 * The receipt for a submitted application: the letterhead, title and checksum in the reader's
 * language, then the frozen text's sections as tables. The frozen text stays Swedish, as the
 * checksum covers it, and is marked so.
 */
public final class SubmissionPdf {

    private SubmissionPdf() {
    }

    public static byte[] render(SubmittedVersion version, String number, Locale reader) {
        return render(version, version.getContent(), number, reader, null);
    }

    /**
     * The version with its parties masked for a blind review (text made by org.anslag.review.BlindReview);
     * a note says the checksum covers the text as submitted, not this one.
     */
    public static byte[] renderMasked(SubmittedVersion version, String maskedText, String number, Locale reader) {
        return render(version, maskedText, number, reader, texts(reader).getString("blindNote"));
    }

    private static byte[] render(SubmittedVersion version, String text, String number, Locale reader, String note) {
        ResourceBundle texts = texts(reader);
        String title = format(texts, "title", number);
        String body = "<h1>" + Xhtml.escape(title) + "</h1>\n"
                + "<p>" + Xhtml.escape(format(texts, "intro", number, Links.stockholm(version.getCreatedAt()))) + "</p>\n"
                + (note == null ? "" : "<p><strong>" + Xhtml.escape(note) + "</strong></p>\n")
                + "<p><strong>" + Xhtml.escape(texts.getString("checksum")) + "</strong><br/><span class=\"checksum\">"
                + Xhtml.escape(version.getSha256()) + "</span></p>\n"
                + "<div lang=\"sv\" xml:lang=\"sv\">\n" + sections(text) + "</table>\n</div>\n";
        return Letterhead.pdf(texts.getLocale(), texts.getString("kind"), title, body);
    }

    /** The frozen text's "== heading ==" lines as headings, its "label: value" lines as table rows. */
    public static String sections(String frozen) {
        StringBuilder out = new StringBuilder("<table>\n");
        for (String line : frozen.split("\n")) {
            if (line.startsWith("== ") && line.endsWith(" ==")) {
                out.append("</table>\n<h2>").append(Xhtml.escape(line.substring(3, line.length() - 3))).append("</h2>\n<table>\n");
            } else if (!line.isBlank()) {
                int colon = line.indexOf(": ");
                String label = colon < 0 ? line : line.substring(0, colon);
                String value = colon < 0 ? "" : line.substring(colon + 2);
                out.append("<tr><th scope=\"row\">").append(Xhtml.escape(label)).append("</th><td>")
                        .append(Xhtml.escape(value)).append("</td></tr>\n");
            }
        }
        return out.toString().replace("<table>\n</table>\n", "");
    }

    static ResourceBundle texts(Locale reader) {
        return ResourceBundle.getBundle("org.anslag.submission.receipt",
                "en".equals(reader.getLanguage()) ? Locale.ENGLISH : Locale.forLanguageTag("sv"));
    }

    private static String format(ResourceBundle texts, String key, Object... arguments) {
        return new MessageFormat(texts.getString(key), texts.getLocale()).format(arguments);
    }
}
