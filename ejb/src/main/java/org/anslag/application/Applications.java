package org.anslag.application;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.anslag.audit.AuditLog;
import org.anslag.call.Calls;
import org.anslag.call.FundingCall;
import org.anslag.organisation.Organisation;
import org.anslag.organisation.Organisations;
import org.anslag.shared.AccessDenied;
import org.anslag.shared.Actor;
import org.anslag.shared.NotFound;
import org.anslag.shared.Role;
import org.anslag.shared.RuleViolation;
import org.anslag.shared.infrastructure.RowLocks;
import org.anslag.workflow.GrantApplicationProcess;

/** Drafting, submitting and withdrawing applications; who may read them is {@link ApplicationAccess}'s to say. */
@Stateless
public class Applications {

    static final String AGREEMENT_ACCEPTANCE_PERIOD = "P30D";
    /** How long a partner has to answer, at most; never past the call's deadline. */
    static final java.time.Duration PARTNER_ANSWER_TIME = java.time.Duration.ofDays(14);

    @PersistenceContext
    EntityManager em;
    @Inject
    Clock clock;
    @Inject
    AuditLog audit;
    @EJB
    Calls calls;
    @EJB
    Organisations organisations;
    @EJB
    ApplicationNumbers numbers;
    @EJB
    ApplicationAccess access;
    @EJB
    GrantApplicationProcess process;
    @EJB
    org.anslag.workflow.PartnerConfirmationProcess partnerRequests;
    @Inject
    SubmissionChecklist checklist;
    @Inject
    @jakarta.enterprise.inject.Any
    jakarta.enterprise.inject.Instance<SubmissionFacts> facts;
    @Inject
    Event<ApplicationSubmitted> submitted;
    @Inject
    Event<PartnerInvited> invited;

    public GrantApplication createDraft(Actor actor, Long callId, String title) {
        actor.require(Role.APPLICANT);
        if (actor.organisationId() == null) {
            throw new AccessDenied(actor.username() + " belongs to no organisation");
        }
        FundingCall call = calls.call(callId);
        Instant now = clock.instant();
        if (!call.getStatus().isPublic() || !call.isOpenAt(now)) {
            throw new RuleViolation("call", "application.callNotOpen", call.getOpensAt());
        }
        Organisation coordinator = organisations.get(actor.organisationId());
        if (!call.isEligible(coordinator.getKind())) {
            throw new RuleViolation("call", "application.kindNotEligible");
        }
        GrantApplication application = new GrantApplication(numbers.next(call.getType(), now), call,
                coordinator, title, actor.username(), now);
        em.persist(application);
        audit.record(actor.username(), "CREATE_DRAFT", subject(application), title);
        return application;
    }

    /**
     * The call a new application is started for: only applicants of an organisation start one,
     * and a call not yet published does not exist for them.
     */
    public FundingCall callToApplyTo(Actor actor, Long callId) {
        actor.require(Role.APPLICANT);
        if (actor.organisationId() == null) {
            throw new AccessDenied(actor.username() + " belongs to no organisation");
        }
        FundingCall call = calls.call(callId);
        if (!call.getStatus().isPublic()) {
            throw new NotFound("call " + callId);
        }
        return call;
    }

    public GrantApplication saveDraft(Actor actor, Long id, long expectedVersion, String title, String summary,
                                      BigDecimal requestedAmount) {
        GrantApplication application = editable(actor, id, expectedVersion);
        application.edit(title, summary, requestedAmount);
        return application;
    }

    public GrantApplication addPartner(Actor actor, Long id, Long partnerOrganisationId) {
        GrantApplication application = editable(actor, id, null);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Instant deadline = application.getCall().getClosesAt();
        Instant respondBy = now.plus(PARTNER_ANSWER_TIME).isBefore(deadline) ? now.plus(PARTNER_ANSWER_TIME) : deadline;
        if (application.addPartner(organisations.get(partnerOrganisationId), respondBy)) {
            partnerRequests.ask(application.getNumber(), application.getId(), partnerOrganisationId, respondBy);
            audit.record(actor.username(), "ADD_PARTNER", subject(application),
                    organisations.get(partnerOrganisationId).getLabel());
            invited.fire(new PartnerInvited(application.getId(), application.getNumber(), partnerOrganisationId));
        }
        return application;
    }

    public GrantApplication removePartner(Actor actor, Long id, Long partnerOrganisationId) {
        GrantApplication application = editable(actor, id, null);
        application.removePartner(partnerOrganisationId);
        partnerRequests.withdraw(application.getNumber(), partnerOrganisationId);
        audit.record(actor.username(), "REMOVE_PARTNER", subject(application), String.valueOf(partnerOrganisationId));
        return application;
    }

    /**
     * Submits the draft and starts its process in the same transaction. The row lock makes a
     * double click or a second tab wait and then find the application already submitted, so
     * both get the same receipt instead of a second process.
     */
    public GrantApplication submit(Actor actor, Long id) {
        actor.require(Role.APPLICANT);
        GrantApplication application = locked(id);
        requireCoordinator(actor, application);
        if (application.getStatus() == ApplicationStatus.SUBMITTED) {
            return application;
        }
        // stored with microseconds, so the receipt shown now equals the one read back later
        application.submit(clock.instant().truncatedTo(ChronoUnit.MICROS));
        // other areas' items; a refusal rolls the status change back
        checklist.of(application).stream().findFirst().ifPresent(item -> {
            throw new RuleViolation(item.field(), item.messageKey(), item.arguments().toArray());
        });
        Map<String, Object> variables = startVariables(application);
        facts.forEach(area -> variables.putAll(area.factsOf(application)));
        process.start(application.getNumber(), variables);
        audit.record(actor.username(), "SUBMIT", subject(application), "DRAFT → SUBMITTED");
        submitted.fire(new ApplicationSubmitted(application.getId(), application.getNumber(), actor.username()));
        return application;
    }

    private static Map<String, Object> startVariables(GrantApplication application) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("applicationId", application.getId());
        variables.put("organisationKind", application.getCoordinator().getKind().name());
        // the facts and the call's rules the eligibility table compares them with
        var call = application.getCall();
        variables.put("eligibleKinds", call.getEligibleKinds().stream().map(Enum::name).sorted()
                .collect(java.util.stream.Collectors.joining(",")));
        variables.put("partnerCount", application.getPartners().size());
        variables.put("minPartners", call.getMinPartners());
        variables.put("maxPartners", call.getMaxPartners());
        variables.put("coFundingShare", 0.0);
        variables.put("minCoFundingShare", call.getMinCoFundingShare().doubleValue());
        variables.put("requestedAmount", application.getRequestedAmount().longValue());
        variables.put("maxGrant", call.getMaxGrant().longValue());
        variables.put("agreementAcceptancePeriod", AGREEMENT_ACCEPTANCE_PERIOD);
        return variables;
    }

    public GrantApplication withdraw(Actor actor, Long id, String reason) {
        actor.require(Role.APPLICANT);
        GrantApplication application = locked(id);
        requireCoordinator(actor, application);
        if (reason == null || reason.isBlank()) {
            throw new RuleViolation("reason", "validation.required");
        }
        application.withdraw();
        process.withdraw(application.getNumber());
        audit.record(actor.username(), "WITHDRAW", subject(application), reason.strip());
        return application;
    }

    /**
     * The draft, locked for this transaction, when the actor may change it (an applicant of the
     * coordinating organisation, while it is a draft); for other areas' parts of a draft.
     */
    public GrantApplication lockedDraftOf(Actor actor, Long id) {
        actor.require(Role.APPLICANT);
        GrantApplication application = locked(id);
        requireCoordinator(actor, application);
        if (application.getStatus() != ApplicationStatus.DRAFT) {
            throw new RuleViolation("status", "application.notDraft");
        }
        return application;
    }

    /** The budget decides the grant asked for; called with the draft locked by {@link #lockedDraftOf}. */
    public void takeRequestedAmountFromBudget(GrantApplication draft, BigDecimal grantRequested) {
        draft.edit(draft.getTitle(), draft.getSummary(), grantRequested.signum() > 0 ? grantRequested : null);
    }

    /** Moves the status on behalf of another business area (eligibility, decision, follow-up). */
    public void moveTo(GrantApplication application, ApplicationStatus next, String actor) {
        ApplicationStatus before = application.getStatus();
        application.moveTo(next);
        audit.record(actor, "STATUS", subject(application), before + " → " + next);
    }

    /** The application if the actor may read it ({@link ApplicationAccess}). */
    public GrantApplication view(Actor actor, Long id) {
        GrantApplication application = id == null ? null : em.find(GrantApplication.class, id);
        if (application == null) {
            throw new NotFound("application " + id);
        }
        access.requireReadable(actor, application);
        return application;
    }

    public GrantApplication viewByNumber(Actor actor, String number) {
        GrantApplication application = byNumber(number);
        access.requireReadable(actor, application);
        return application;
    }

    public GrantApplication byNumber(String number) {
        return em.createQuery("select a from GrantApplication a where a.number = :number", GrantApplication.class)
                .setParameter("number", number).getResultList().stream().findFirst()
                .orElseThrow(() -> new NotFound("application " + number));
    }

    /** The applications with these numbers, by number (one query for a whole task list). */
    public Map<String, GrantApplication> byNumbers(java.util.Collection<String> numbers) {
        if (numbers.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select a from GrantApplication a where a.number in :numbers", GrantApplication.class)
                .setParameter("numbers", numbers).getResultList().stream()
                .collect(java.util.stream.Collectors.toMap(GrantApplication::getNumber, a -> a));
    }

    /** The application with its row locked for this transaction; call before reading it otherwise. */
    public GrantApplication lockedByNumber(String number) {
        Long id = em.createQuery("select a.id from GrantApplication a where a.number = :number", Long.class)
                .setParameter("number", number).getResultList().stream().findFirst()
                .orElseThrow(() -> new NotFound("application " + number));
        return locked(id);
    }

    /**
     * The application with its row locked for this transaction; callers read it only after, so two
     * requests about the same application (a double click, two partners' colleagues) take turns.
     */
    public GrantApplication locked(Long id) {
        RowLocks.lock(em, "grant_application", id);
        GrantApplication application = em.find(GrantApplication.class, id);
        if (application == null) {
            throw new NotFound("application " + id);
        }
        return application;
    }

    /** One page of the applications the actor's organisation coordinates or takes part in. */
    public record Page(List<GrantApplication> applications, long total) {
    }

    /** Newest first, paged in the database: a municipality with years of cases gets one page of them. */
    public Page pageOfMyOrganisation(Actor actor, int first, int size) {
        actor.require(Role.APPLICANT);
        String mine = """
                from GrantApplication a where a.coordinator.id = :org
                or a.id in (select b.id from GrantApplication b join b.partners p where p.organisation.id = :org)""";
        long total = em.createQuery("select count(a) " + mine, Long.class)
                .setParameter("org", actor.organisationId()).getSingleResult();
        List<GrantApplication> page = total == 0 ? List.of()
                : em.createQuery("select a " + mine + " order by a.createdAt desc, a.id desc", GrantApplication.class)
                .setParameter("org", actor.organisationId()).setFirstResult(first).setMaxResults(size).getResultList();
        return new Page(page, total);
    }

    /** The numbers of the applications the actor's organisation coordinates: its tasks are about these. */
    public List<String> numbersCoordinatedBy(Actor actor) {
        actor.require(Role.APPLICANT);
        return em.createQuery("select a.number from GrantApplication a where a.coordinator.id = :org and a.status not in :unsent",
                        String.class)
                .setParameter("org", actor.organisationId()).setParameter("unsent", ApplicationStatus.NEVER_SUBMITTED).getResultList();
    }

    public List<GrantApplication> ofCall(Long callId) {
        return em.createQuery("select a from GrantApplication a where a.call.id = :call order by a.number",
                GrantApplication.class).setParameter("call", callId).getResultList();
    }

    private GrantApplication editable(Actor actor, Long id, Long expectedVersion) {
        actor.require(Role.APPLICANT);
        GrantApplication application = em.find(GrantApplication.class, id);
        if (application == null) {
            throw new NotFound("application " + id);
        }
        requireCoordinator(actor, application);
        if (expectedVersion != null && expectedVersion != application.getVersion()) {
            throw new RuleViolation("version", "application.changedMeanwhile");
        }
        return application;
    }

    /** 403 unless the actor belongs to the application's coordinating organisation. */
    public static void requireCoordinator(Actor actor, GrantApplication application) {
        if (!actor.belongsTo(application.getCoordinator().getId())) {
            throw new AccessDenied(actor.username() + " does not coordinate " + application.getNumber());
        }
    }

    static String subject(GrantApplication application) {
        return "application:" + application.getNumber();
    }
}
