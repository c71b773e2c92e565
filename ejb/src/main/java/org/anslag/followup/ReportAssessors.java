package org.anslag.followup;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import org.anslag.application.ApplicationAccess;
import org.anslag.application.Applications;
import org.anslag.application.GrantApplication;
import org.anslag.audit.AuditLog;
import org.anslag.review.Declarations;
import org.anslag.review.Reviews;
import org.anslag.shared.AccessDenied;
import org.anslag.shared.Actor;
import org.anslag.shared.Role;
import org.anslag.shared.RuleViolation;
import org.anslag.workflow.GrantApplicationProcess;

/**
 * Who assesses a funded project's reports: evaluators the manager assigns, by default the
 * application's own reviewers who declared no conflict. Anyone new declares before reading, and
 * the same exclusions as for the review apply (ties to the applying organisations, a conflict).
 */
@Stateless
public class ReportAssessors {

    static final String SYSTEM = "system";

    @PersistenceContext
    EntityManager em;
    @Inject
    Clock clock;
    @Inject
    AuditLog audit;
    @EJB
    Applications applications;
    @EJB
    ApplicationAccess access;
    @EJB
    Declarations declarations;
    @EJB
    Reviews reviews;
    @EJB
    GrantApplicationProcess process;

    /** The assessors now, by user name. */
    public List<String> of(GrantApplication application) {
        return em.createQuery("""
                select a.evaluator from ReportAssessor a where a.application.id = :application
                order by a.assignedAt, a.evaluator""", String.class)
                .setParameter("application", application.getId()).getResultList();
    }

    /** The assessors, assigning the default the first time a report needs them. */
    public List<String> assignedOrDefault(GrantApplication application) {
        List<String> current = of(application);
        if (!current.isEmpty()) {
            return current;
        }
        List<String> reviewers = declarations.reviewersOf(application).stream()
                .filter(reviewer -> access.evaluatorIsImpartial(reviewer, application)).distinct().toList();
        reviewers.forEach(reviewer -> em.persist(new ReportAssessor(application, reviewer, SYSTEM, clock.instant())));
        if (!reviewers.isEmpty()) {
            audit.record(SYSTEM, "ASSIGN_REPORT_ASSESSORS", "application:" + application.getNumber(), String.join(", ", reviewers));
        }
        return reviewers;
    }

    /**
     * The manager names the assessors; each must be in the programme's pool, tied to none of the
     * applying organisations and free of a declared conflict. An open assessment is offered to
     * the new ones at once.
     */
    public void assign(Actor actor, String number, List<String> evaluators) {
        actor.require(Role.PROGRAMME_MANAGER);
        GrantApplication application = applications.lockedByNumber(number);
        List<String> chosen = evaluators == null ? List.of() : evaluators.stream().distinct().toList();
        if (chosen.isEmpty()) {
            throw new RuleViolation("assessors", "review.noEvaluator");
        }
        for (String evaluator : chosen) {
            reviews.requireImpartialPoolMember(application, evaluator, "assessors");
        }
        em.createQuery("delete from ReportAssessor a where a.application.id = :application")
                .setParameter("application", application.getId()).executeUpdate();
        chosen.forEach(evaluator -> em.persist(new ReportAssessor(application, evaluator, actor.username(), clock.instant())));
        process.offer(number, GrantApplicationProcess.ASSESS_PROGRESS_REPORT, chosen);
        audit.record(actor.username(), "ASSIGN_REPORT_ASSESSORS", "application:" + number, String.join(", ", chosen));
    }

    public boolean isAssessor(GrantApplication application, String evaluator) {
        return of(application).contains(evaluator);
    }

    /** Assigned and declared no conflict: may read the application and assess its reports. */
    public boolean isClearedAssessor(GrantApplication application, String evaluator) {
        return isAssessor(application, evaluator) && !declarations.conflictOf(application, evaluator).orElse(true);
    }

    /** Assigned but not yet declared: sees who applies with whom and must declare first. */
    public boolean mustDeclare(Actor actor, String number) {
        if (!actor.has(Role.EVALUATOR)) {
            return false;
        }
        GrantApplication application = applications.byNumber(number);
        return isAssessor(application, actor.username()) && declarations.conflictOf(application, actor.username()).isEmpty();
    }

    public Reviews.ConflictCheck conflictCheck(Actor actor, String number) {
        if (!mustDeclare(actor, number)) {
            throw new AccessDenied(actor.username() + " has no declaration to make for " + number);
        }
        return Reviews.ConflictCheck.of(applications.byNumber(number));
    }

    /** The new assessor's declaration; a conflict takes them off the reports at once. */
    public void declare(Actor actor, String number, boolean conflict, String description) {
        actor.require(Role.EVALUATOR);
        GrantApplication application = applications.lockedByNumber(number);
        if (!mustDeclare(actor, number)) {
            throw new RuleViolation("conflict", "conflict.alreadyDeclared");
        }
        declarations.record(application, actor.username(), conflict, description, clock.instant());
        if (conflict) {
            em.createQuery("delete from ReportAssessor a where a.application.id = :application and a.evaluator = :evaluator")
                    .setParameter("application", application.getId()).setParameter("evaluator", actor.username())
                    .executeUpdate();
            process.offer(number, GrantApplicationProcess.ASSESS_PROGRESS_REPORT, of(application));
        }
        audit.record(actor.username(), conflict ? "DECLARE_CONFLICT" : "DECLARE_NO_CONFLICT", "application:" + number,
                conflict ? description.strip() : "follow-up");
    }
}
