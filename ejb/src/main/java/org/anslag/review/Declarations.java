package org.anslag.review;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.anslag.application.GrantApplication;

/**
 * Conflict-of-interest declarations of one application, whatever the evaluator was asked to do
 * (review it, or assess its reports): a conflict declared once bars the evaluator for good.
 */
@Stateless
public class Declarations {

    @PersistenceContext
    EntityManager em;

    /** Whether the evaluator declared a conflict (true), no conflict (false), or nothing yet. */
    public Optional<Boolean> conflictOf(GrantApplication application, String evaluator) {
        List<Boolean> declared = em.createQuery("""
                select d.conflict from ConflictDeclaration d
                where d.application.id = :application and d.evaluator = :evaluator""", Boolean.class)
                .setParameter("application", application.getId()).setParameter("evaluator", evaluator).getResultList();
        return declared.isEmpty() ? Optional.empty() : Optional.of(declared.contains(Boolean.TRUE));
    }

    public ConflictDeclaration record(GrantApplication application, String evaluator, boolean conflict,
                                      String description, Instant at) {
        ConflictDeclaration declaration = new ConflictDeclaration(application, evaluator, conflict, description, at);
        em.persist(declaration);
        return declaration;
    }

    /** The evaluators who sent a review of the application; each declared no conflict first. */
    public List<String> reviewersOf(GrantApplication application) {
        return em.createQuery("select r.evaluator from Review r where r.application.id = :application order by r.submittedAt",
                String.class).setParameter("application", application.getId()).getResultList();
    }
}
