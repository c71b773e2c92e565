package org.anslag.web.followup;

import java.io.Serializable;
import java.util.Locale;
import org.anslag.followup.VocabularyTerm;

/** One line of the report form's hinders or success factors: the term, whether it is ticked, and an excerpt. */
public class TermChoice implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Long termId;
    private final String label;
    private boolean chosen;
    private String excerpt;

    TermChoice(VocabularyTerm term, Locale locale) {
        this.termId = term.getId();
        this.label = term.label(locale);
    }

    Long termId() {
        return termId;
    }

    boolean hasExcerpt() {
        return excerpt != null && !excerpt.isBlank();
    }

    public String getLabel() {
        return label;
    }

    public boolean isChosen() {
        return chosen;
    }

    public void setChosen(boolean chosen) {
        this.chosen = chosen;
    }

    public String getExcerpt() {
        return excerpt;
    }

    public void setExcerpt(String excerpt) {
        this.excerpt = excerpt;
    }
}
