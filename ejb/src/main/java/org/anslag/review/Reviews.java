package org.anslag.review;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.anslag.application.ApplicationAccess;
import org.anslag.application.ApplicationStatus;
import org.anslag.application.Applications;
import org.anslag.application.GrantApplication;
import org.anslag.audit.AuditLog;
import org.anslag.letter.Letters;
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
    GrantApplicationProcess process;
    @EJB
    Letters letters;
    @EJB
    EvaluatorPool pool;
    @EJB
    ApplicationAccess access;
    @EJB
    Declarations declarations;

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
                .setParameter("number", number).getResultList().stream().findFirst();
    }

    /**
     * An evaluator of the programme's pool as the manager weighs them for one application: tied to
     * an organisation of the application (named), or having declared a conflict with it, excludes.
     */
    public record Candidate(PoolMember member, long openReviews, String excludedBecause, boolean conflictDeclared) {

        public boolean isExcluded() {
            return excludedBecause != null || conflictDeclared;
        }
    }

    /** The programme's pool for this application, least loaded first, the excluded last. */
    public List<Candidate> candidates(Actor actor, String number) {
        actor.require(Role.PROGRAMME_MANAGER);
        GrantApplication application = applications.byNumber(number);
        Map<String, Long> load = process.openReviewsByEvaluator();
        return pool.of(application.getCall().getProgramme().getId()).stream()
                .map(member -> new Candidate(member, load.getOrDefault(member.getUsername(), 0L),
                        access.tieTo(member.getUsername(), application),
                        declarations.conflictOf(application, member.getUsername()).orElse(false)))
                .sorted(java.util.Comparator.comparing(Candidate::isExcluded).thenComparing(Candidate::openReviews)
                        .thenComparing(candidate -> candidate.member().getEvaluator().getFullName()))
                .toList();
    }

    /** The least loaded evaluators who may review it, as many as the call asks for. */
    public List<String> suggestion(Actor actor, String number) {
        int needed = applications.byNumber(number).getCall().getMinEvaluators();
        return candidates(actor, number).stream().filter(candidate -> !candidate.isExcluded()).limit(needed)
                .map(candidate -> candidate.member().getUsername()).toList();
    }

    /**
     * Assigns the evaluators: each from the programme's pool and not working at an organisation of
     * the application, at least as many as the call asks for. Their reviews are due after the
     * call's review days, with a reminder three days before (half the time for short reviews).
     */
    public void assignEvaluators(Actor actor, String number, List<String> evaluators) {
        actor.require(Role.PROGRAMME_MANAGER);
        GrantApplication application = applications.lockedByNumber(number);
        List<String> distinct = evaluators == null ? List.of() : evaluators.stream().distinct().toList();
        if (distinct.isEmpty()) {
            throw new RuleViolation("evaluators", "review.noEvaluator");
        }
        for (String evaluator : distinct) {
            requireEligibleEvaluator(application, evaluator, "evaluators");
        }
        int needed = application.getCall().getMinEvaluators();
        if (distinct.size() < needed) {
            throw new RuleViolation("evaluators", "review.tooFewEvaluators", needed);
        }
        java.time.Instant due = clock.instant().plus(java.time.Duration.ofDays(application.getCall().getReviewDays()));
        java.time.Duration reminderBefore = java.time.Duration.ofDays(Math.min(3, application.getCall().getReviewDays()))
                .dividedBy(application.getCall().getReviewDays() <= 3 ? 2 : 1);
        Map<String, Object> variables = new java.util.HashMap<>();
        variables.put("evaluators", new java.util.ArrayList<>(distinct));
        variables.put("reviewDueAt", java.util.Date.from(due));
        variables.put("reviewReminderAt", java.util.Date.from(due.minus(reminderBefore)));
        process.complete(number, GrantApplicationProcess.ASSIGN_EVALUATORS, null, variables);
        audit.record(actor.username(), "ASSIGN_EVALUATORS", "application:" + number, String.join(", ", distinct));
    }

    /** What an evaluator sees before declaring: who applies with whom, not what they wrote. */
    public record ConflictCheck(String number, String title, String callTitle, String coordinator, List<String> partners)
            implements Serializable {

        public static ConflictCheck of(GrantApplication application) {
            return new ConflictCheck(application.getNumber(), application.getTitle(), application.getCall().getTitle(),
                    application.getCoordinator().getLabel(),
                    application.getPartners().stream().map(partner -> partner.getOrganisation().getLabel()).toList());
        }
    }

    public ConflictCheck conflictCheck(Actor actor, String number) {
        actor.require(Role.EVALUATOR);
        if (!process.isWaitingFor(number, GrantApplicationProcess.DECLARE_CONFLICTS, actor.username())) {
            throw new AccessDenied(actor.username() + " has no declaration to make for " + number);
        }
        return ConflictCheck.of(applications.byNumber(number));
    }

    public boolean mustDeclare(Actor actor, String number) {
        return actor.has(Role.EVALUATOR)
                && process.isWaitingFor(number, GrantApplicationProcess.DECLARE_CONFLICTS, actor.username());
    }

    /** The evaluator's declaration; with a conflict the managers name a replacement. */
    public ConflictDeclaration declareConflicts(Actor actor, String number, boolean conflict, String description) {
        actor.require(Role.EVALUATOR);
        GrantApplication application = applications.lockedByNumber(number);
        if (!process.isWaitingFor(number, GrantApplicationProcess.DECLARE_CONFLICTS, actor.username())) {
            throw new RuleViolation("conflict", "conflict.alreadyDeclared");
        }
        ConflictDeclaration declaration = declarations.record(application, actor.username(), conflict, description,
                clock.instant());
        process.complete(number, GrantApplicationProcess.DECLARE_CONFLICTS, actor.username(), Map.of("conflict", conflict));
        audit.record(actor.username(), conflict ? "DECLARE_CONFLICT" : "DECLARE_NO_CONFLICT", "application:" + number,
                conflict ? declaration.getDescription() : "");
        return declaration;
    }

    /** The conflicts that wait for a replacement in this application, as declared. */
    public List<ConflictDeclaration> conflictsToResolve(Actor actor, String number) {
        actor.require(Role.PROGRAMME_MANAGER);
        List<String> waiting = process.evaluatorsToReplace(number);
        return em.createQuery("""
                select d from ConflictDeclaration d where d.application.number = :number and d.conflict = true
                order by d.declaredAt""", ConflictDeclaration.class).setParameter("number", number).getResultList()
                .stream().filter(declaration -> waiting.contains(declaration.getEvaluator())).toList();
    }

    /** Names a replacement for an evaluator with a conflict; never one who declared a conflict here. */
    public void replaceEvaluator(Actor actor, String number, String conflicted, String replacement) {
        actor.require(Role.PROGRAMME_MANAGER);
        GrantApplication application = applications.lockedByNumber(number);
        requireEligibleEvaluator(application, replacement, "replacement");
        boolean declaredConflict = declarations.conflictOf(application, replacement).orElse(false);
        boolean alreadyReviewing = process.isWaitingFor(number, GrantApplicationProcess.DECLARE_CONFLICTS, replacement)
                || process.isWaitingFor(number, GrantApplicationProcess.REVIEW_APPLICATION, replacement);
        if (declaredConflict || alreadyReviewing) {
            throw new RuleViolation("replacement", "review.replacementTaken");
        }
        process.replaceEvaluator(number, conflicted, replacement);
        audit.record(actor.username(), "REPLACE_EVALUATOR", "application:" + number, conflicted + " → " + replacement);
    }

    private void requireEligibleEvaluator(GrantApplication application, String username, String field) {
        PoolMember member = pool.membership(application.getCall().getProgramme().getId(), username);
        if (member == null) {
            throw new RuleViolation(field, "review.notInPool", username);
        }
        String tie = access.tieTo(username, application);
        if (tie != null) {
            throw new RuleViolation(field, "review.evaluatorExcluded", member.getEvaluator().getFullName(), tie);
        }
    }

    /**
     * An evaluator of the application's programme who may be given it: in the pool, tied to none
     * of its organisations and with no conflict declared; for assigning the follow-up too.
     */
    public void requireImpartialPoolMember(GrantApplication application, String username, String field) {
        requireEligibleEvaluator(application, username, field);
        if (declarations.conflictOf(application, username).orElse(false)) {
            throw new RuleViolation(field, "review.conflictDeclared", username);
        }
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

    /**
     * All reviews of an application, side by side: for managers and finance, and for an evaluator
     * only once their own is in, so no one's score leans on another's.
     */
    public List<Review> reviewsOf(Actor actor, String number) {
        if (!mayReadReviews(actor, number)) {
            throw new AccessDenied(actor.username() + " may not read the reviews of " + number + " yet");
        }
        return em.createQuery("select r from Review r where r.application.number = :number order by r.submittedAt",
                Review.class).setParameter("number", number).getResultList();
    }

    public boolean mayReadReviews(Actor actor, String number) {
        if (actor.has(Role.PROGRAMME_MANAGER) || actor.has(Role.FINANCE)) {
            return true;
        }
        return actor.has(Role.EVALUATOR) && access.mayRead(actor, applications.byNumber(number)) && !em.createQuery("""
                select r.id from Review r where r.application.number = :number and r.evaluator = :evaluator""", Long.class)
                .setParameter("number", number).setParameter("evaluator", actor.username())
                .setMaxResults(1).getResultList().isEmpty();
    }

    public boolean isAssigned(Actor actor, String number) {
        return process.isWaitingFor(number, GrantApplicationProcess.REVIEW_APPLICATION, actor.username());
    }
}
