package org.anslag.followup;

import jakarta.persistence.Embeddable;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** A term of the programme's vocabulary on a report, with the project's own words about it. */
@Embeddable
public class ReportTag {

    @ManyToOne(optional = false)
    @JoinColumn(name = "term_id")
    private VocabularyTerm term;
    private String excerpt;

    protected ReportTag() {
    }

    ReportTag(VocabularyTerm term, String excerpt) {
        this.term = term;
        this.excerpt = excerpt;
    }

    public VocabularyTerm getTerm() {
        return term;
    }

    public String getExcerpt() {
        return excerpt;
    }
}
