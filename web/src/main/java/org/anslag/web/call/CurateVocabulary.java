package org.anslag.web.call;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.anslag.call.Calls;
import org.anslag.call.Programme;
import org.anslag.followup.TermKind;
import org.anslag.followup.Vocabulary;
import org.anslag.followup.VocabularyTerm;
import org.anslag.shared.RuleViolation;
import org.anslag.web.shared.CurrentUser;
import org.anslag.web.shared.Feedback;

/** Managers curate a programme's hinders and success factors: add, rename, merge and retire terms. */
@Named
@ViewScoped
public class CurateVocabulary implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Vocabulary vocabulary;
    @EJB
    Calls calls;
    @Inject
    CurrentUser currentUser;

    private Long programmeId;
    private String programmeName;
    private final Map<Long, String> labelsSv = new HashMap<>();
    private final Map<Long, String> labelsEn = new HashMap<>();
    private final Map<Long, Long> survivors = new HashMap<>();
    private TermKind termKind;
    private String labelSv;
    private String labelEn;

    /** An unknown programme has no vocabulary to show: the not-found page. */
    public void load() {
        Programme programme = calls.programme(programmeId);
        programmeName = programme.getName();
        for (TermKind kind : TermKind.values()) {
            for (VocabularyTerm term : vocabulary.of(programmeId, kind)) {
                labelsSv.put(term.getId(), term.getLabelSv());
                labelsEn.put(term.getId(), term.getLabelEn());
            }
        }
    }

    public String add() {
        return change("add", () -> vocabulary.add(currentUser.actor(), programmeId, termKind, labelSv, labelEn),
                "vocabulary.added");
    }

    public String rename(Long termId) {
        return change("terms", () -> vocabulary.rename(currentUser.actor(), termId, labelsSv.get(termId), labelsEn.get(termId)),
                "vocabulary.renamed");
    }

    public String retire(Long termId) {
        return change("terms", () -> vocabulary.retire(currentUser.actor(), termId), "vocabulary.retired");
    }

    public String merge(Long termId) {
        return change("terms", () -> vocabulary.merge(currentUser.actor(), termId, survivors.get(termId)), "vocabulary.merged");
    }

    private String change(String form, Supplier<VocabularyTerm> action, String doneKey) {
        try {
            VocabularyTerm term = action.get();
            Feedback.info(doneKey, term.getLabelSv());
            return "/call/vocabulary.xhtml?faces-redirect=true&programme=" + programmeId;
        } catch (RuleViolation violation) {
            Feedback.show(form, violation);
            return null;
        }
    }

    public List<VocabularyTerm> terms(TermKind kind) {
        return vocabulary.of(programmeId, kind);
    }

    /** The active terms of the same list that {@code term} may be merged into. */
    public List<VocabularyTerm> mergeTargets(VocabularyTerm term) {
        return vocabulary.active(programmeId, term.getKind()).stream().filter(other -> !other.getId().equals(term.getId())).toList();
    }

    public long reportsTaggedWith(Long termId) {
        return vocabulary.reportsTaggedWith(termId);
    }

    public TermKind[] getKinds() {
        return TermKind.values();
    }

    public String getProgrammeName() {
        return programmeName;
    }

    public Map<Long, String> getLabelsSv() {
        return labelsSv;
    }

    public Map<Long, String> getLabelsEn() {
        return labelsEn;
    }

    public Map<Long, Long> getSurvivors() {
        return survivors;
    }

    public Long getProgrammeId() {
        return programmeId;
    }

    public void setProgrammeId(Long programmeId) {
        this.programmeId = programmeId;
    }

    public TermKind getTermKind() {
        return termKind;
    }

    public void setTermKind(TermKind termKind) {
        this.termKind = termKind;
    }

    public String getLabelSv() {
        return labelSv;
    }

    public void setLabelSv(String labelSv) {
        this.labelSv = labelSv;
    }

    public String getLabelEn() {
        return labelEn;
    }

    public void setLabelEn(String labelEn) {
        this.labelEn = labelEn;
    }
}
