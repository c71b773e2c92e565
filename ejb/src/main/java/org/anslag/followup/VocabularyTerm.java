package org.anslag.followup;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.util.Locale;
import java.util.Objects;
import org.anslag.call.Programme;
import org.anslag.shared.RuleViolation;

/**
 * A hinder or success factor in a programme's vocabulary. Retiring or merging a term takes it off
 * the report form; reports that used a retired term keep it, a merged term's reports move to its survivor.
 */
@Entity
public class VocabularyTerm {

    static final int MAX_LABEL = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "programme_id")
    private Programme programme;
    @Enumerated(EnumType.STRING)
    private TermKind kind;
    private String labelSv;
    private String labelEn;
    private boolean retired;
    @ManyToOne
    @JoinColumn(name = "merged_into_id")
    private VocabularyTerm mergedInto;
    private String seedCode;
    @Version
    private long version;

    protected VocabularyTerm() {
    }

    public VocabularyTerm(Programme programme, TermKind kind, String labelSv, String labelEn) {
        this.programme = programme;
        this.kind = kind;
        rename(labelSv, labelEn);
    }

    VocabularyTerm(Programme programme, SeedTerm seed) {
        this(programme, seed.kind(), seed.labelSv(), seed.labelEn());
        this.seedCode = seed.code();
    }

    void rename(String newLabelSv, String newLabelEn) {
        this.labelSv = Labels.required("labelSv", newLabelSv, MAX_LABEL);
        this.labelEn = Labels.required("labelEn", newLabelEn, MAX_LABEL);
    }

    void retire() {
        this.retired = true;
    }

    /** This term's reports now count for {@code survivor}; the term itself leaves the form. */
    void mergeInto(VocabularyTerm survivor) {
        if (survivor == null || survivor == this || survivor.kind != kind
                || !Objects.equals(survivor.programme.getId(), programme.getId())) {
            throw new RuleViolation("survivor", "vocabulary.mergeSameList");
        }
        if (!survivor.isActive() || !isActive()) {
            throw new RuleViolation("survivor", "vocabulary.mergeActiveOnly");
        }
        this.mergedInto = survivor;
        this.retired = true;
    }

    public boolean isActive() {
        return !retired && mergedInto == null;
    }

    /** The label in the reader's language: English for English readers, Swedish for everyone else. */
    public String label(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? labelEn : labelSv;
    }

    boolean sameLabelAs(VocabularyTerm other) {
        return labelSv.equalsIgnoreCase(other.labelSv) || labelEn.equalsIgnoreCase(other.labelEn);
    }

    public Long getId() {
        return id;
    }

    public Programme getProgramme() {
        return programme;
    }

    public TermKind getKind() {
        return kind;
    }

    public String getLabelSv() {
        return labelSv;
    }

    public String getLabelEn() {
        return labelEn;
    }

    public boolean isRetired() {
        return retired;
    }

    public VocabularyTerm getMergedInto() {
        return mergedInto;
    }
}
