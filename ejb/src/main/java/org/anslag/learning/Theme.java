package org.anslag.learning;

import java.util.Locale;
import org.anslag.followup.TermKind;
import org.anslag.followup.VocabularyTerm;

/** A hinder or success factor of a programme's vocabulary, as the learning pages count it. */
public record Theme(Long termId, TermKind kind, String labelSv, String labelEn, boolean retired) {

    public static Theme of(VocabularyTerm term) {
        return new Theme(term.getId(), term.getKind(), term.getLabelSv(), term.getLabelEn(), term.isRetired());
    }

    public String label(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? labelEn : labelSv;
    }
}
