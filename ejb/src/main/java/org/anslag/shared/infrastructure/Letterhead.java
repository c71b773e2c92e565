package org.anslag.shared.infrastructure;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * A document on the agency's letterhead (letterhead.xhtml): the agency's name and the kind of
 * document at the top of every page, the title and page numbers at the bottom, all in one
 * language, which is also the document's declared language.
 */
public final class Letterhead {

    private static final String TEMPLATE = template();

    private Letterhead() {
    }

    /**
     * The body is XHTML whose text was escaped with {@link Xhtml#escape}; it goes in last, so a
     * name in it that looks like a placeholder stays as typed.
     */
    public static byte[] pdf(Locale language, String kind, String title, String body) {
        ResourceBundle texts = ResourceBundle.getBundle("org.anslag.shared.infrastructure.letterhead", language);
        Map<String, String> values = Map.of("lang", language.getLanguage(), "title", title, "kind", kind,
                "agency", texts.getString("agency"), "page", texts.getString("page"), "of", texts.getString("of"));
        String page = TEMPLATE;
        for (var value : values.entrySet()) {
            page = page.replace("{{" + value.getKey() + "}}", Xhtml.escape(value.getValue()))
                    .replace("{{css " + value.getKey() + "}}", Xhtml.escape(Xhtml.cssString(value.getValue())));
        }
        return HtmlPdf.render(page.replace("{{{body}}}", body));
    }

    private static String template() {
        try (InputStream in = Letterhead.class.getResourceAsStream("letterhead.xhtml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
