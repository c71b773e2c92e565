package org.anslag.review;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.anslag.application.ApplicationStatus;
import org.anslag.application.Applications;
import org.anslag.application.GrantApplication;
import org.anslag.audit.AuditLog;
import org.anslag.letter.Letters;
import org.anslag.organisation.Organisations;
import org.anslag.shared.AccessDenied;
import org.anslag.shared.Actor;
import org.anslag.shared.Role;
import org.anslag.shared.RuleViolation;
import org.anslag.workflow.GrantApplicationProcess;

/** Eligibility screening, evaluator assignment and the evaluators' reviews. */
@Stateless
public class Reviews {

    @PersistenceContext
    EntityManager em;
    @Inject
    Clock clock;
    @Inject
    AuditLog audit;
    @EJB
    Applications applications;
    @EJB
    Organisations organisations;
    @EJB
    GrantApplicationProcess process;
    @EJB
    Letters letters;

    /**
     * The manager confirms or overrides the eligibility table's proposal. The check is kept next to
     * the proposal; an ineligible application gets its decision letter and its process ends.
     * Two managers deciding at once: the application's row lock orders them, the second is refused.
     */
    public EligibilityCheck decideEligibility(Actor actor, String number, boolean eligible, String note,
                                              String letterLanguage) {
        actor.require(Role.PROGRAMME_MANAGER);
        GrantApplication application = applications.lockedByNumber(number);
        if (!process.isWaitingAt(number, GrantApplicationProcess.CHECK_ELIGIBILITY)) {
            throw new RuleViolation("eligible", "eligibility.alreadyDecided");
        }
        boolean proposed = (Boolean) process.variable(number, "proposedEligible").orElse(Boolean.TRUE);
        List<String> reasons = EligibilityCheck.reasonsFrom((String) process.variable(number, "eligibilityReasons").orElse(""));
        EligibilityCheck check = new EligibilityCheck(application, proposed, reasons, eligible, note, actor.username(),
                clock.instant());
        em.persist(check);
        process.complete(number, GrantApplicationProcess.CHECK_ELIGIBILITY, null, Map.of("eligible", eligible));
        applications.moveTo(application, eligible ? ApplicationStatus.UNDER_REVIEW : ApplicationStatus.INELIGIBLE,
                actor.username());
        audit.record(actor.username(), eligible ? "ELIGIBLE" : "INELIGIBLE", "application:" + number,
                "proposal " + (proposed ? "eligible" : "ineligible " + reasons) + (check.isOverride() ? ", overridden" : "")
                        + (check.getNote() == null ? "" : ": " + check.getNote()));
        if (!eligible) {
            letters.ineligible(application, reasons, check.getNote(), letterLanguage, actor.username());
        }
        return check;
    }

    public Optional<EligibilityCheck> eligibilityCheckOf(Actor actor, String number) {
        actor.require(Role.PROGRAMME_MANAGER);
        return em.createQuery("select c from EligibilityCheck c where c.application.number = :number", EligibilityCheck.class)
                .setParameter("number", number).getResultStream().findFirst();
    }

    public void assignEvaluators(Actor actor, String number, List<String> evaluators) {
        actor.require(Role.PROGRAMME_MANAGER);
        applications.lockedByNumber(number);
        if (evaluators == null || evaluators.isEmpty()) {
            throw new RuleViolation("evaluators", "review.noEvaluator");
        }
        for (String evaluator : evaluators) {
            boolean isEvaluator = organisations.account(evaluator)
                    .map(account -> account.getRoles().contains(Role.EVALUATOR)).orElse(false);
            if (!isEvaluator) {
                throw new RuleViolation("evaluators", "review.notAnEvaluator", evaluator);
            }
        }
        List<String> distinct = List.copyOf(Set.copyOf(evaluators));
        process.complete(number, GrantApplicationProcess.ASSIGN_EVALUATORS, null,
                Map.of("evaluators", new java.util.ArrayList<>(distinct)));
        audit.record(actor.username(), "ASSIGN_EVALUATORS", "application:" + number, String.join(", ", distinct));
    }

    public Review submitReview(Actor actor, String number, Map<Long, Integer> scores, Map<Long, String> comments) {
        actor.require(Role.EVALUATOR);
        GrantApplication application = applications.lockedByNumber(number);
        if (!process.isWaitingFor(number, GrantApplicationProcess.REVIEW_APPLICATION, actor.username())) {
            throw new AccessDenied(actor.username() + " has no review of " + number);
        }
        Review review = new Review(application, actor.username(), scores, comments, clock.instant());
        em.persist(review);
        process.complete(number, GrantApplicationProcess.REVIEW_APPLICATION, actor.username(), Map.of());
        audit.record(actor.username(), "REVIEW", "application:" + number, "score " + review.getWeightedScore());
        return review;
    }

    public List<Review> reviewsOf(Actor actor, String number) {
        actor.require(Role.PROGRAMME_MANAGER, Role.FINANCE);
        return em.createQuery("select r from Review r where r.application.number = :number order by r.submittedAt",
                Review.class).setParameter("number", number).getResultList();
    }

    public boolean isAssigned(Actor actor, String number) {
        return process.isWaitingFor(number, GrantApplicationProcess.REVIEW_APPLICATION, actor.username());
    }
}
