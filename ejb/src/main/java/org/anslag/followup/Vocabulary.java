package org.anslag.followup;

import jakarta.enterprise.event.Observes;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.anslag.audit.AuditLog;
import org.anslag.call.Calls;
import org.anslag.call.Programme;
import org.anslag.call.ProgrammeCreated;
import org.anslag.shared.Actor;
import org.anslag.shared.NotFound;
import org.anslag.shared.Role;
import org.anslag.shared.RuleViolation;
import org.anslag.shared.infrastructure.RowLocks;

/** A programme's hinders and success factors, curated by its managers. */
@Stateless
public class Vocabulary {

    @PersistenceContext
    EntityManager em;
    @Inject
    AuditLog audit;
    @EJB
    Calls calls;

    /** Every new programme starts with the seed set, in the transaction that creates it. */
    public void seed(@Observes ProgrammeCreated created) {
        Programme programme = em.find(Programme.class, created.programmeId());
        SeedTerm.ALL.forEach(seed -> em.persist(new VocabularyTerm(programme, seed)));
    }

    public VocabularyTerm add(Actor actor, Long programmeId, TermKind kind, String labelSv, String labelEn) {
        actor.require(Role.PROGRAMME_MANAGER);
        if (kind == null) {
            throw new RuleViolation("termKind", "validation.required");
        }
        VocabularyTerm term = new VocabularyTerm(calls.programme(programmeId), kind, labelSv, labelEn);
        refuseTwin(term);
        em.persist(term);
        audit.record(actor.username(), "ADD_TERM", "programme:" + programmeId, kind + " " + term.getLabelSv());
        return term;
    }

    public VocabularyTerm rename(Actor actor, Long termId, String labelSv, String labelEn) {
        actor.require(Role.PROGRAMME_MANAGER);
        VocabularyTerm term = locked(termId);
        String before = term.getLabelSv() + " / " + term.getLabelEn();
        term.rename(labelSv, labelEn);
        refuseTwin(term);
        audit.record(actor.username(), "RENAME_TERM", "programme:" + term.getProgramme().getId(),
                before + " → " + term.getLabelSv() + " / " + term.getLabelEn());
        return term;
    }

    public VocabularyTerm retire(Actor actor, Long termId) {
        actor.require(Role.PROGRAMME_MANAGER);
        VocabularyTerm term = locked(termId);
        term.retire();
        audit.record(actor.username(), "RETIRE_TERM", "programme:" + term.getProgramme().getId(), term.getLabelSv());
        return term;
    }

    /** The merged term's reports are tagged with the survivor instead (once, keeping the survivor's excerpt). */
    public VocabularyTerm merge(Actor actor, Long termId, Long survivorId) {
        actor.require(Role.PROGRAMME_MANAGER);
        VocabularyTerm term = locked(termId);
        VocabularyTerm survivor = survivorId == null ? null : em.find(VocabularyTerm.class, survivorId);
        term.mergeInto(survivor);
        em.flush();
        em.createNativeQuery("""
                delete from report_tag where term_id = :merged
                and report_id in (select t.report_id from report_tag t where t.term_id = :survivor)""")
                .setParameter("merged", termId).setParameter("survivor", survivorId).executeUpdate();
        int moved = em.createNativeQuery("update report_tag set term_id = :survivor where term_id = :merged")
                .setParameter("merged", termId).setParameter("survivor", survivorId).executeUpdate();
        audit.record(actor.username(), "MERGE_TERM", "programme:" + term.getProgramme().getId(),
                term.getLabelSv() + " → " + survivor.getLabelSv() + " (" + moved + " reports)");
        return survivor;
    }

    /** Every term of the programme, active first, for the managers' page. */
    public List<VocabularyTerm> of(Long programmeId, TermKind kind) {
        return em.createQuery("""
                select t from VocabularyTerm t where t.programme.id = :programme and t.kind = :kind
                order by t.retired, t.labelSv, t.id""", VocabularyTerm.class)
                .setParameter("programme", programmeId).setParameter("kind", kind).getResultList();
    }

    /** The terms a report may be tagged with now. */
    public List<VocabularyTerm> active(Long programmeId, TermKind kind) {
        return of(programmeId, kind).stream().filter(VocabularyTerm::isActive).toList();
    }

    /** How many reports carry each term, so a manager sees what a merge or retirement touches. */
    public long reportsTaggedWith(Long termId) {
        return ((Number) em.createNativeQuery("select count(*) from report_tag where term_id = :term")
                .setParameter("term", termId).getSingleResult()).longValue();
    }

    private void refuseTwin(VocabularyTerm term) {
        boolean twin = active(term.getProgramme().getId(), term.getKind()).stream()
                .anyMatch(other -> other != term && other.sameLabelAs(term));
        if (twin) {
            throw new RuleViolation("labelSv", "vocabulary.labelTaken");
        }
    }

    private VocabularyTerm locked(Long termId) {
        if (termId != null) {
            RowLocks.lock(em, "vocabulary_term", termId);
        }
        VocabularyTerm term = termId == null ? null : em.find(VocabularyTerm.class, termId);
        if (term == null) {
            throw new NotFound("term " + termId);
        }
        return term;
    }
}
