package org.anslag.award;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.anslag.application.ApplicationStatus;
import org.anslag.application.Applications;
import org.anslag.application.GrantApplication;
import org.anslag.audit.AuditLog;
import org.anslag.call.FundingCall;
import org.anslag.letter.Letters;
import org.anslag.shared.AccessDenied;
import org.anslag.shared.Actor;
import org.anslag.shared.Clocks;
import org.anslag.shared.NotFound;
import org.anslag.shared.Role;
import org.anslag.shared.RuleViolation;
import org.anslag.shared.infrastructure.RowLocks;
import org.anslag.workflow.GrantApplicationProcess;

/** Funding decisions, grant agreements and what is left of a call's budget. */
@Stateless
public class Awards {

    static final Duration ACCEPTANCE_PERIOD = Duration.ofDays(30);

    @PersistenceContext
    EntityManager em;
    @Inject
    Clock clock;
    @Inject
    AuditLog audit;
    @Inject
    jakarta.enterprise.event.Event<AgreementAccepted> accepted;
    @EJB
    Payments payments;
    @EJB
    Applications applications;
    @EJB
    GrantApplicationProcess process;
    @EJB
    org.anslag.review.Rankings rankings;
    @EJB
    Letters letters;

    /**
     * Decides one application. The call row is locked first, so two managers deciding at the
     * same time are serialised and the second sees the budget the first one left.
     */
    public FundingDecision decide(Actor actor, String number, boolean grant, BigDecimal amount, String justification,
                                  String letterLanguage) {
        actor.require(Role.PROGRAMME_MANAGER);
        Long callId = em.createQuery("select a.call.id from GrantApplication a where a.number = :number", Long.class)
                .setParameter("number", number).getResultList().stream().findFirst()
                .orElseThrow(() -> new NotFound("application " + number));
        RowLocks.lock(em, "funding_call", callId);
        GrantApplication application = applications.lockedByNumber(number);
        var consolidation = rankings.consolidationOf(number)
                .orElseThrow(() -> new RuleViolation("consolidation", "decision.consolidateFirst"));
        FundingCall call = application.getCall();
        Instant now = clock.instant();
        FundingDecision decision = grant
                ? FundingDecision.grant(application, amount, remainingBudget(call), justification, actor.username(), now)
                : FundingDecision.reject(application, justification, actor.username(), now);
        boolean needsApproval = grant && call.needsSecondApproval(amount);
        process.complete(number, GrantApplicationProcess.DECIDE_FUNDING, null,
                Map.of("granted", grant, "needsApproval", needsApproval));
        em.persist(decision);
        if (needsApproval) {
            // the amount is held from the budget now, so no one else can spend it meanwhile
            decision.awaitApproval(letterLanguage);
            audit.record(actor.username(), "PROPOSE_GRANT", "application:" + number,
                    amount.toPlainString() + " kr awaits a second manager. " + (justification == null ? "" : justification.strip()));
            return decision;
        }
        takeEffect(application, decision, consolidation, letterLanguage, actor.username());
        return decision;
    }

    /**
     * A second programme manager, never the one who decided, approves a grant above the call's
     * four-eyes limit, or sends it back with a reason: the decision is undone and its amount
     * returns to the call's budget.
     */
    public FundingDecision approve(Actor actor, String number, boolean approved, String note) {
        actor.require(Role.PROGRAMME_MANAGER);
        GrantApplication application = applications.lockedByNumber(number);
        FundingDecision decision = decisionOf(number).filter(FundingDecision::isAwaitingApproval)
                .orElseThrow(() -> new RuleViolation("approval", "approval.notAwaiting"));
        if (decision.getDecidedBy().equals(actor.username())) {
            throw new RuleViolation("approval", "approval.sameManager");
        }
        if (!approved) {
            if (note == null || note.isBlank()) {
                throw new RuleViolation("note", "approval.sendBackNeedsReason");
            }
            process.complete(number, GrantApplicationProcess.APPROVE_DECISION, null, Map.of("approved", false));
            em.remove(decision);
            audit.record(actor.username(), "SEND_BACK_GRANT", "application:" + number,
                    decision.getGrantedAmount().toPlainString() + " kr by " + decision.getDecidedBy() + ": " + note.strip());
            return decision;
        }
        decision.approve(actor.username(), clock.instant());
        process.complete(number, GrantApplicationProcess.APPROVE_DECISION, null, Map.of("approved", true));
        audit.record(actor.username(), "APPROVE_GRANT", "application:" + number,
                decision.getGrantedAmount().toPlainString() + " kr decided by " + decision.getDecidedBy());
        var consolidation = rankings.consolidationOf(number).orElseThrow();
        takeEffect(application, decision, consolidation, decision.getLetterLanguage(), decision.getDecidedBy());
        return decision;
    }

    /** The decision takes effect: agreement to accept, status, and the letter after commit. */
    private void takeEffect(GrantApplication application, FundingDecision decision,
                            org.anslag.review.Consolidation consolidation, String letterLanguage, String decidedBy) {
        Instant now = clock.instant();
        boolean grant = decision.isGranted();
        if (grant) {
            em.persist(new GrantAgreement(application, now.plus(ACCEPTANCE_PERIOD)));
        }
        applications.moveTo(application, grant ? ApplicationStatus.GRANTED : ApplicationStatus.REJECTED, decidedBy);
        audit.record(decidedBy, grant ? "GRANT" : "REJECT", "application:" + application.getNumber(),
                (grant ? decision.getGrantedAmount().toPlainString() + " kr. " : "")
                        + (decision.getJustification() == null ? "" : decision.getJustification()));
        letters.decided(application, new Letters.Decision(grant, decision.getGrantedAmount(), decision.getJustification(),
                consolidation.getScore(), consolidation.getStatement(), now.plus(ACCEPTANCE_PERIOD)), letterLanguage,
                decidedBy);
    }

    public GrantAgreement acceptAgreement(Actor actor, String number) {
        actor.require(Role.APPLICANT);
        GrantApplication application = applications.lockedByNumber(number);
        if (!actor.belongsTo(application.getCoordinator().getId())) {
            throw new AccessDenied(actor.username() + " does not coordinate " + number);
        }
        GrantAgreement agreement = agreementOf(number).orElseThrow(() -> new AccessDenied("no agreement for " + number));
        Instant now = clock.instant();
        agreement.accept(actor.username(), now);
        // planned before the process goes on: the first report's window is read from the schedule
        accepted.fire(new AgreementAccepted(application.getId(), application.getCall().getReportingPeriodEnds()));
        process.complete(number, GrantApplicationProcess.ACCEPT_AGREEMENT, null, Map.of());
        FundingDecision decision = decisionOf(number).orElseThrow();
        List<Installment> plan = DisbursementPlan.of(application, decision.getGrantedAmount(),
                LocalDate.ofInstant(now, Clocks.STOCKHOLM), application.getCall().getReportingPeriodEnds());
        plan.forEach(em::persist);
        audit.record(actor.username(), "ACCEPT_AGREEMENT", "application:" + number,
                "PENDING → ACCEPTED, " + plan.size() + " installments planned");
        payments.releaseAdvance(plan.get(0));
        return agreement;
    }

    /** Called by the process when the acceptance period ran out; the grant returns to the call's budget. */
    public void lapse(Long applicationId) {
        RowLocks.lock(em, "grant_application", applicationId);
        GrantApplication application = em.find(GrantApplication.class, applicationId);
        agreementOf(application.getNumber()).filter(GrantAgreement::lapse).ifPresent(agreement ->
                audit.record("system", "AGREEMENT_LAPSED", "application:" + application.getNumber(), "PENDING → LAPSED"));
    }

    /** Budget minus every grant whose agreement has not lapsed. */
    public BigDecimal remainingBudget(FundingCall call) {
        BigDecimal committed = em.createQuery("""
                select coalesce(sum(d.grantedAmount), 0) from FundingDecision d
                where d.application.call.id = :call and d.granted = true
                and not exists (select g from GrantAgreement g where g.application = d.application
                                and g.status = org.anslag.award.AgreementStatus.LAPSED)""", BigDecimal.class)
                .setParameter("call", call.getId()).getSingleResult();
        return call.getBudget().subtract(committed);
    }

    public Optional<FundingDecision> decisionOf(String number) {
        return em.createQuery("select d from FundingDecision d where d.application.number = :number", FundingDecision.class)
                .setParameter("number", number).getResultList().stream().findFirst();
    }

    public Optional<GrantAgreement> agreementOf(String number) {
        return em.createQuery("select g from GrantAgreement g where g.application.number = :number", GrantAgreement.class)
                .setParameter("number", number).getResultList().stream().findFirst();
    }

    /** When each agreement still waiting for the coordinator expires, by application id, in one query. */
    public Map<Long, Instant> pendingAgreementExpiries(java.util.Collection<Long> applicationIds) {
        if (applicationIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("""
                select g.application.id, g.expiresAt from GrantAgreement g
                where g.application.id in :ids and g.status = org.anslag.award.AgreementStatus.PENDING""", Object[].class)
                .setParameter("ids", applicationIds).getResultList().stream()
                .collect(java.util.stream.Collectors.toMap(row -> (Long) row[0], row -> (Instant) row[1]));
    }

    public List<FundingDecision> decisionsOf(Long callId) {
        return em.createQuery("select d from FundingDecision d where d.application.call.id = :call order by d.application.number",
                FundingDecision.class).setParameter("call", callId).getResultList();
    }
}
