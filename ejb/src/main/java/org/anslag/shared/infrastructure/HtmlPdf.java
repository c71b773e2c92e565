package org.anslag.shared.infrastructure;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.JDKXRLogger;
import com.openhtmltopdf.util.XRLog;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.logging.Level;
import java.util.logging.SimpleFormatter;
import java.util.logging.StreamHandler;

/**
 * XHTML as a tagged PDF/UA-1 and archival PDF/A-2u document. The text is set in DejaVu Sans,
 * shipped in the application and embedded, so every name prints as typed in any script the font
 * covers (Latin, Greek, Cyrillic, Armenian, Georgian …; not Chinese or Japanese). Colours are
 * declared as sRGB through Java's own sRGB profile.
 */
public final class HtmlPdf {

    /** The font family a template's CSS must name; no other font is embedded. */
    public static final String FONT = "DejaVu Sans";
    private static final byte[] REGULAR = resource("fonts/DejaVuSans.ttf");
    private static final byte[] BOLD = resource("fonts/DejaVuSans-Bold.ttf");
    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    static {
        // openhtmltopdf prints several INFO lines per document to stderr, which WildFly logs as
        // errors; send only its warnings to the server's log (the handler without a stream drops
        // the second copy)
        XRLog.setLoggerImpl(new JDKXRLogger(true, Level.WARNING, new StreamHandler(), new SimpleFormatter()));
    }

    private HtmlPdf() {
    }

    public static byte[] render(String xhtml) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfUaAccessibility(true);
            builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_2_U);
            builder.useColorProfile(SRGB);
            builder.useFont(() -> new ByteArrayInputStream(REGULAR), FONT, 400, FontStyle.NORMAL, true);
            builder.useFont(() -> new ByteArrayInputStream(BOLD), FONT, 700, FontStyle.NORMAL, true);
            builder.withProducer("Anslag");
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render the document as PDF", e);
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = HtmlPdf.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
