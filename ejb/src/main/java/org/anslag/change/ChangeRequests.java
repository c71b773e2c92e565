package org.anslag.change;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.anslag.application.ApplicationPartner;
import org.anslag.application.ApplicationStatus;
import org.anslag.application.Applications;
import org.anslag.application.GrantApplication;
import org.anslag.application.Partnerships;
import org.anslag.audit.AuditLog;
import org.anslag.award.AgreementStatus;
import org.anslag.award.Awards;
import org.anslag.award.Disbursements;
import org.anslag.budget.Budget;
import org.anslag.budget.BudgetEntry;
import org.anslag.budget.Budgets;
import org.anslag.followup.FollowUps;
import org.anslag.followup.ProgressReport;
import org.anslag.followup.ReportingPeriod;
import org.anslag.followup.ReportingSchedule;
import org.anslag.followup.ScheduleMoved;
import org.anslag.organisation.Organisation;
import org.anslag.organisation.OrganisationKind;
import org.anslag.organisation.Organisations;
import org.anslag.shared.AccessDenied;
import org.anslag.shared.Actor;
import org.anslag.shared.NotFound;
import org.anslag.shared.Role;
import org.anslag.shared.RuleViolation;
import org.anslag.shared.infrastructure.RowLocks;
import org.anslag.workflow.ChangeRequestProcess;

/**
 * Change requests of running grants: asked for by the coordinator, confirmed by a new partner,
 * decided by a programme manager (and a second one above the call's four-eyes limit), and
 * applied in the transaction of the approval. The application's row is locked first, so a
 * double click or two managers at once take turns and the second sees what the first did.
 */
@Stateless
public class ChangeRequests {

    @PersistenceContext
    EntityManager em;
    @Inject
    Clock clock;
    @Inject
    AuditLog audit;
    @Inject
    ChangeMail mail;
    @EJB
    Applications applications;
    @EJB
    Awards awards;
    @EJB
    Budgets budgets;
    @EJB
    ReportingSchedule schedule;
    @EJB
    FollowUps followUps;
    @EJB
    Disbursements disbursements;
    @EJB
    Partnerships partnerships;
    @EJB
    Organisations organisations;
    @EJB
    ChangeRequestProcess process;
    @Inject
    Event<ScheduleMoved> scheduleMoved;

    /** The running grant the coordinator's user may ask a change of; 404 while the grant does not run. */
    public GrantApplication requestable(Actor actor, String number) {
        actor.require(Role.APPLICANT);
        GrantApplication application = applications.byNumber(number);
        if (!actor.belongsTo(application.getCoordinator().getId())) {
            throw new AccessDenied(actor.username() + " does not coordinate " + number);
        }
        if (!isRunning(application)) {
            throw new NotFound("no running grant " + number);
        }
        return application;
    }

    /** Agreement accepted, project not closed. */
    public boolean isRunning(GrantApplication application) {
        return application.getStatus() == ApplicationStatus.GRANTED && awards.agreementOf(application.getNumber())
                .filter(agreement -> agreement.getStatus() == AgreementStatus.ACCEPTED).isPresent();
    }

    public ChangeRequest requestReallocation(Actor actor, String number, List<BudgetEntry> proposed, String justification) {
        GrantApplication application = lockedRequestable(actor, number, ChangeKind.BUDGET_REALLOCATION);
        Budget before = budgets.ofApplication(application.getId());
        Budget after = budgets.checked(application, proposed);
        Reallocation reallocation = Reallocation.check(before, after);
        ChangeRequest request = open(actor, application, ChangeKind.BUDGET_REALLOCATION, justification,
                reallocation.movedAmount());
        keep(request, false, before.entries());
        keep(request, true, after.entries());
        return started(actor, application, request, null, reallocation.movedAmount().toPlainString() + " kr moved");
    }

    public ChangeRequest requestExtension(Actor actor, String number, LocalDate newEnd, String justification) {
        GrantApplication application = lockedRequestable(actor, number, ChangeKind.EXTENSION);
        Extension extension = Extension.plan(periodsOf(application), reportedPeriodsOf(number), newEnd);
        LocalDate currentEnd = schedule.endOf(application.getId()).orElseThrow();
        ChangeRequest request = open(actor, application, ChangeKind.EXTENSION, justification,
                disbursements.stillToPay(application.getId()));
        request.extendTo(currentEnd, newEnd);
        return started(actor, application, request, null, currentEnd + " → " + newEnd + " (" + extension.days() + " days)");
    }

    /** A new partner municipality, in place of {@code replacedOrganisationId} or (null) beside the others. */
    public ChangeRequest requestPartner(Actor actor, String number, Long newPartnerId, Long replacedOrganisationId,
                                        String justification) {
        GrantApplication application = lockedRequestable(actor, number, ChangeKind.PARTNER);
        Organisation partner = newPartnerId == null ? null : organisations.get(newPartnerId);
        if (partner == null || partner.getKind() != OrganisationKind.MUNICIPALITY) {
            throw new RuleViolation("partner", "change.partnerRequired");
        }
        if (application.involves(partner.getId())) {
            throw new RuleViolation("partner", "change.partnerAlreadyIn", partner.getName());
        }
        if (replacedOrganisationId != null && application.getPartners().stream()
                .noneMatch(p -> p.getOrganisation().getId().equals(replacedOrganisationId))) {
            throw new RuleViolation("replaced", "change.replacedNotPartner");
        }
        if (replacedOrganisationId == null && application.getPartners().size() >= application.getCall().getMaxPartners()) {
            throw new RuleViolation("replaced", "application.tooManyPartners", application.getCall().getMaxPartners());
        }
        ChangeRequest request = open(actor, application, ChangeKind.PARTNER, justification,
                disbursements.stillToPay(application.getId()));
        request.withPartner(partner.getId(), replacedOrganisationId);
        String replaced = replacedOrganisationId == null ? "" : " in place of " + organisations.get(replacedOrganisationId).getName();
        ChangeRequest started = started(actor, application, request, partner.getId(), partner.getName() + replaced);
        mail.partnerAsked(application, started, partner);
        return started;
    }

    /** A user of the new partner municipality confirms joining the grant, or declines with a reason. */
    public ChangeRequest answerAsPartner(Actor actor, Long requestId, boolean confirmed, String comment) {
        actor.require(Role.APPLICANT);
        ChangeRequest request = locked(requestId);
        if (request.getKind() != ChangeKind.PARTNER || !actor.belongsTo(request.getPartnerOrganisationId())) {
            throw new AccessDenied(actor.username() + " is not asked to join by change request " + requestId);
        }
        request.partnerAnswered(confirmed, actor.username(), clock.instant(), comment);
        process.complete(requestId, ChangeRequestProcess.CONFIRM_PARTNER, Map.of("confirmed", confirmed));
        GrantApplication application = em.find(GrantApplication.class, request.getApplicationId());
        audit.record(actor.username(), confirmed ? "CHANGE_PARTNER_CONFIRMED" : "CHANGE_PARTNER_DECLINED",
                subject(application), "change request " + requestId + (confirmed ? "" : ": " + request.getReason()));
        if (!confirmed) {
            mail.closed(application, request);
        }
        return request;
    }

    /**
     * A programme manager approves or refuses (a refusal needs a reason). Above the call's four-eyes
     * limit the first approval waits for a second manager, who is not the first; the approval that
     * closes the request applies the change in this transaction.
     */
    public ChangeRequest decide(Actor actor, Long requestId, boolean approved, String reason) {
        actor.require(Role.PROGRAMME_MANAGER);
        ChangeRequest request = locked(requestId);
        GrantApplication application = em.find(GrantApplication.class, request.getApplicationId());
        Instant now = clock.instant();
        if (request.getStatus() == ChangeStatus.AWAITING_SECOND_APPROVAL) {
            request.secondDecision(approved, reason, actor.username(), now);
            process.complete(requestId, ChangeRequestProcess.APPROVE_CHANGE, Map.of("approved", approved));
        } else {
            boolean needsSecondApproval = approved && application.getCall().needsSecondApproval(request.getAmountAtStake());
            request.decide(approved, needsSecondApproval, reason, actor.username(), now);
            process.complete(requestId, ChangeRequestProcess.DECIDE_CHANGE,
                    Map.of("approved", approved, "needsSecondApproval", needsSecondApproval));
        }
        String action = switch (request.getStatus()) {
            case APPROVED -> "CHANGE_APPROVED";
            case AWAITING_SECOND_APPROVAL -> "CHANGE_PROPOSED";
            default -> "CHANGE_REFUSED";
        };
        audit.record(actor.username(), action, subject(application), "change request " + requestId + ", "
                + request.getKind() + (request.getReason() == null ? "" : ": " + request.getReason()));
        if (request.getStatus() == ChangeStatus.APPROVED) {
            apply(application, request, actor.username());
        }
        if (!request.getStatus().isOpen()) {
            mail.closed(application, request);
        }
        return request;
    }

    private void apply(GrantApplication application, ChangeRequest request, String by) {
        switch (request.getKind()) {
            case BUDGET_REALLOCATION -> {
                Reallocation reallocation = reallocationOf(request);
                if (!new Reallocation(reallocation.before(), budgets.ofApplication(application.getId())).moves().isEmpty()) {
                    throw new RuleViolation("decision", "change.budgetChangedMeanwhile");
                }
                Budget after = budgets.replaceApproved(application, reallocation.after().entries());
                audit.record(by, "BUDGET", subject(application), "change request " + request.getId() + ": "
                        + after.entries().size() + " lines, cost " + after.totalCost() + ", co-funding " + after.totalCoFunding());
            }
            case EXTENSION -> extend(application, request, by);
            case PARTNER -> {
                partnerships.admit(application, request.getPartnerOrganisationId(), request.getReplacedOrganisationId(),
                        request.getPartnerAnsweredBy(), request.getPartnerAnsweredAt());
                if (request.getReplacedOrganisationId() != null) {
                    budgets.reassign(application.getId(), request.getReplacedOrganisationId(), request.getPartnerOrganisationId());
                }
                audit.record(by, "PARTNERS", subject(application), "change request " + request.getId() + ": "
                        + application.getPartners().stream().map(p -> p.getOrganisation().getName()).collect(Collectors.joining(", ")));
            }
        }
    }

    /** The periods not yet reported move, their installments with them; then whatever waits on their dates hears of it. */
    private void extend(GrantApplication application, ChangeRequest request, String by) {
        Extension extension = Extension.plan(periodsOf(application), reportedPeriodsOf(application.getNumber()),
                request.getNewEnd());
        for (ReportingPeriod period : schedule.periodsOf(application.getId())) {
            LocalDate newEnd = extension.newEnds().get(period.getPeriodNumber());
            if (newEnd != null) {
                schedule.move(period, newEnd);
            }
        }
        var moved = disbursements.postpone(application.getId(), extension.newEnds().keySet(), extension.days());
        audit.record(by, "SCHEDULE_MOVED", subject(application), "change request " + request.getId() + ": periods "
                + extension.newEnds().keySet() + " and " + moved.size() + " installments moved " + extension.days() + " days");
        em.flush();
        scheduleMoved.fire(new ScheduleMoved(application.getId(), application.getNumber()));
    }

    /** The request if the actor may see it: a manager, the coordinator's users, a new partner's users. */
    public ChangeRequest view(Actor actor, Long requestId) {
        ChangeRequest request = requestId == null ? null : em.find(ChangeRequest.class, requestId);
        if (request == null) {
            throw new NotFound("change request " + requestId);
        }
        if (actor.has(Role.PROGRAMME_MANAGER)) {
            return request;
        }
        GrantApplication application = em.find(GrantApplication.class, request.getApplicationId());
        if (actor.has(Role.APPLICANT) && (actor.belongsTo(application.getCoordinator().getId())
                || request.getKind() == ChangeKind.PARTNER && actor.belongsTo(request.getPartnerOrganisationId()))) {
            return request;
        }
        throw new AccessDenied(actor.username() + " may not see change request " + requestId);
    }

    /** The application a request belongs to, once {@link #view} let the actor see the request. */
    public GrantApplication applicationOf(ChangeRequest request) {
        return em.find(GrantApplication.class, request.getApplicationId());
    }

    /** Every change request of the application, newest first, for whoever may read the application. */
    public List<ChangeRequest> ofApplication(Actor actor, Long applicationId) {
        applications.view(actor, applicationId);
        return em.createQuery("""
                select c from ChangeRequest c where c.applicationId = :application order by c.requestedAt desc, c.id desc""",
                ChangeRequest.class).setParameter("application", applicationId).getResultList();
    }

    /** The approved budget the request was made from and the one it proposes. */
    public Reallocation reallocationOf(ChangeRequest request) {
        List<ProposedBudgetLine> lines = em.createQuery("""
                select l from ProposedBudgetLine l where l.changeRequestId = :request order by l.position""",
                ProposedBudgetLine.class).setParameter("request", request.getId()).getResultList();
        return new Reallocation(budgetOf(lines, false), budgetOf(lines, true));
    }

    public boolean isWaitingAt(Long requestId, String step) {
        return process.isWaitingAt(requestId, step);
    }

    private static Budget budgetOf(List<ProposedBudgetLine> lines, boolean proposed) {
        return new Budget(lines.stream().filter(line -> line.isProposed() == proposed).map(ProposedBudgetLine::entry).toList());
    }

    private GrantApplication lockedRequestable(Actor actor, String number, ChangeKind kind) {
        requestable(actor, number);
        GrantApplication application = applications.lockedByNumber(number);
        boolean open = !em.createQuery("""
                select c.id from ChangeRequest c where c.applicationId = :application and c.kind = :kind
                and c.openKey is not null""", Long.class)
                .setParameter("application", application.getId()).setParameter("kind", kind).getResultList().isEmpty();
        if (open) {
            throw new RuleViolation("request", "change.alreadyOpen");
        }
        return application;
    }

    private ChangeRequest open(Actor actor, GrantApplication application, ChangeKind kind, String justification,
                               BigDecimal amountAtStake) {
        ChangeRequest request = new ChangeRequest(application.getId(), kind, justification, amountAtStake,
                actor.username(), clock.instant());
        em.persist(request);
        em.flush();
        return request;
    }

    private ChangeRequest started(Actor actor, GrantApplication application, ChangeRequest request, Long newPartnerId,
                                  String what) {
        process.start(request.getId(), application.getNumber(), newPartnerId);
        audit.record(actor.username(), "CHANGE_REQUESTED", subject(application), "change request " + request.getId()
                + ", " + request.getKind() + ": " + what + ". " + request.getJustification());
        return request;
    }

    private void keep(ChangeRequest request, boolean proposed, List<BudgetEntry> entries) {
        for (int position = 0; position < entries.size(); position++) {
            em.persist(new ProposedBudgetLine(request.getId(), proposed, position, entries.get(position)));
        }
    }

    /** Locks the application, then the request, in the order every writer takes them. */
    private ChangeRequest locked(Long requestId) {
        Long applicationId = em.createQuery("select c.applicationId from ChangeRequest c where c.id = :id", Long.class)
                .setParameter("id", requestId).getResultList().stream().findFirst()
                .orElseThrow(() -> new NotFound("change request " + requestId));
        applications.locked(applicationId);
        RowLocks.lock(em, "change_request", requestId);
        ChangeRequest request = em.find(ChangeRequest.class, requestId);
        em.refresh(request);
        return request;
    }

    private List<Extension.Period> periodsOf(GrantApplication application) {
        return schedule.periodsOf(application.getId()).stream()
                .map(period -> new Extension.Period(period.getPeriodNumber(), period.getEndsOn())).toList();
    }

    private Set<Integer> reportedPeriodsOf(String number) {
        return followUps.reportsOf(number).stream().map(ProgressReport::getPeriodNumber).collect(Collectors.toCollection(HashSet::new));
    }

    private static String subject(GrantApplication application) {
        return "application:" + application.getNumber();
    }

    /** The partners of the application now, for the page that asks for a partner change. */
    public List<Organisation> partnersOf(GrantApplication application) {
        return application.getPartners().stream().map(ApplicationPartner::getOrganisation).toList();
    }
}
