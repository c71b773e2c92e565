package org.anslag.letter;

import java.util.Locale;
import java.util.ResourceBundle;
import org.anslag.shared.infrastructure.Letterhead;
import org.anslag.shared.infrastructure.Xhtml;

/**
 * A decision letter as PDF on the letterhead, wholly in the language it was written in, so the
 * document's declared language is the language of its text.
 */
public final class LetterPdf {

    private LetterPdf() {
    }

    public static byte[] render(Letter letter) {
        Locale language = Locale.forLanguageTag(Letters.LANGUAGES.contains(letter.getLanguage()) ? letter.getLanguage() : "sv");
        String kind = ResourceBundle.getBundle("org.anslag.letter.letter", language).getString("kind");
        return Letterhead.pdf(language, kind, letter.getTitle(), Xhtml.blocks(letter.getBody()));
    }
}
