package org.anslag.call;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Instant;
import java.util.List;
import org.anslag.audit.AuditLog;
import org.anslag.shared.Actor;
import org.anslag.shared.NotFound;
import org.anslag.shared.Role;
import org.anslag.shared.RuleViolation;
import org.anslag.shared.infrastructure.RowLocks;
import org.anslag.workflow.FundingCallProcess;

/** Sets up programmes and calls; lists what is open. */
@Stateless
public class Calls {

    @PersistenceContext
    EntityManager em;
    @Inject
    AuditLog audit;
    @Inject
    Clock clock;
    @jakarta.ejb.EJB
    FundingCallProcess process;
    @Inject
    jakarta.enterprise.event.Event<CallCopied> copied;
    @Inject
    jakarta.enterprise.event.Event<ProgrammeCreated> programmeCreated;
    @Inject
    jakarta.enterprise.event.Event<CallCreated> callCreated;
    @Inject
    jakarta.enterprise.event.Event<ReportsRetimed> retimed;
    @Inject
    jakarta.enterprise.inject.Instance<FundingDecisionsOfCall> decisions;

    public Programme createProgramme(Actor actor, String name, BigDecimal budget,
                                     java.time.LocalDate startsOn, java.time.LocalDate endsOn, String goals) {
        actor.require(Role.PROGRAMME_MANAGER);
        Programme programme = new Programme(name, budget, startsOn, endsOn, goals);
        em.persist(programme);
        programmeCreated.fire(new ProgrammeCreated(programme.getId()));
        audit.record(actor.username(), "CREATE_PROGRAMME", "programme:" + programme.getId(), name);
        return programme;
    }

    public FundingCall createCall(Actor actor, Long programmeId, CallTerms terms) {
        actor.require(Role.PROGRAMME_MANAGER);
        FundingCall call = new FundingCall(programme(programmeId), terms);
        em.persist(call);
        callCreated.fire(new CallCreated(call.getId(), call.getType()));
        audit.record(actor.username(), "CREATE_CALL", "call:" + call.getId(), terms.title());
        return call;
    }

    public FundingCall reschedule(Actor actor, Long callId, Instant opensAt, Instant closesAt,
                                  BigDecimal budget, BigDecimal maxGrant) {
        actor.require(Role.PROGRAMME_MANAGER);
        FundingCall call = locked(callId);
        String before = call.getOpensAt() + "–" + call.getClosesAt() + ", " + call.getBudget();
        call.change(opensAt, closesAt, budget, maxGrant);
        if (call.getStatus() == CallStatus.CLOSED) {
            reopen(actor, call);
        } else if (call.getStatus() != CallStatus.DRAFT) {
            process.reschedule(callId, opensAt, closesAt);
        }
        audit.record(actor.username(), "CHANGE_CALL", "call:" + callId,
                before + " → " + opensAt + "–" + closesAt + ", " + budget);
        return call;
    }

    /** Texts, rules and reporting periods; rules only while the call is a draft. */
    public FundingCall describe(Actor actor, Long callId, CallTexts texts, CallRules rules,
                                List<LocalDate> reportingPeriodEnds) {
        actor.require(Role.PROGRAMME_MANAGER);
        FundingCall call = locked(callId);
        call.describe(texts);
        if (call.getStatus() == CallStatus.DRAFT) {
            call.adopt(rules);
        } else if (!rules.equals(call.getRules())) {
            throw new RuleViolation("eligibleKinds", "call.rulesFixedAfterPublishing");
        }
        call.planReporting(reportingPeriodEnds);
        audit.record(actor.username(), "DESCRIBE_CALL", "call:" + callId, rules.toString());
        return call;
    }

    /**
     * How many evaluators each application needs and how many days they have; may change any time.
     * The four-eyes limit may always be lowered; once the call has funding decisions (taken or
     * pending) it cannot be raised or removed, or a manager could lift it, grant alone and put it back.
     */
    public FundingCall planReview(Actor actor, Long callId, int minEvaluators, int reviewDays, BigDecimal fourEyesAbove) {
        actor.require(Role.PROGRAMME_MANAGER);
        FundingCall call = locked(callId);
        String before = call.getMinEvaluators() + " evaluators, " + call.getReviewDays() + " days, four eyes above "
                + call.getFourEyesAbove();
        call.planReview(minEvaluators, reviewDays);
        if (call.loosensFourEyes(fourEyesAbove) && decisions.stream().anyMatch(d -> d.anyFor(callId))) {
            // recorded although the change is refused: a manager trying to lift the limit over a
            // grant of their own is what the four eyes are for
            audit.recordRefused(actor.username(), "PLAN_REVIEW_REFUSED", "call:" + callId, "four eyes above "
                    + call.getFourEyesAbove() + " → " + fourEyesAbove + " refused: the call has funding decisions");
            throw new RuleViolation("fourEyesAbove", "call.fourEyesFixedAfterDecisions", call.getFourEyesAbove());
        }
        call.requireSecondApprovalAbove(fourEyesAbove);
        audit.record(actor.username(), "PLAN_REVIEW", "call:" + callId, before + " → " + minEvaluators + " evaluators, "
                + reviewDays + " days, four eyes above " + fourEyesAbove);
        return call;
    }

    /**
     * Turns blind review on or off: evaluators of a blind call see no applicant's identity. May
     * change any time; who changed it when is in the audit log.
     */
    public FundingCall reviewBlind(Actor actor, Long callId, boolean blind) {
        actor.require(Role.PROGRAMME_MANAGER);
        FundingCall call = locked(callId);
        if (call.isBlindReview() != blind) {
            call.reviewBlind(blind);
            audit.record(actor.username(), "BLIND_REVIEW", "call:" + callId, blind ? "on" : "off");
        }
        return call;
    }

    /**
     * When each period's report opens, is due and is reminded of. May change any time; the
     * running grants' windows (their timers) follow.
     */
    public FundingCall timeReports(Actor actor, Long callId, ReportTiming timing) {
        actor.require(Role.PROGRAMME_MANAGER);
        FundingCall call = locked(callId);
        String before = call.getReportTiming().toString();
        call.timeReports(timing);
        retimed.fire(new ReportsRetimed(callId));
        audit.record(actor.username(), "TIME_REPORTS", "call:" + callId, before + " → " + timing);
        return call;
    }

    /**
     * Makes the call public and starts its process, whose timers open and close it. Publishing twice
     * (a double click) meets the row lock and the status check, so one process runs.
     */
    public FundingCall publish(Actor actor, Long callId) {
        actor.require(Role.PROGRAMME_MANAGER);
        FundingCall call = locked(callId);
        if (!call.getClosesAt().isAfter(clock.instant())) {
            throw new RuleViolation("closesAt", "call.deadlineInPast");
        }
        call.publish();
        process.start(callId, call.getOpensAt(), call.getClosesAt());
        audit.record(actor.username(), "PUBLISH_CALL", "call:" + callId, call.getTitle());
        return call;
    }

    /** A new draft call with an earlier call's terms for a new schedule; reporting periods move with the deadline. */
    public FundingCall copy(Actor actor, Long sourceCallId, Instant opensAt, Instant closesAt) {
        actor.require(Role.PROGRAMME_MANAGER);
        FundingCall source = call(sourceCallId);
        long shiftDays = closesAt == null ? 0 : Duration.between(source.getClosesAt(), closesAt).toDays();
        List<LocalDate> periods = source.getReportingPeriodEnds().stream().map(end -> end.plusDays(shiftDays)).toList();
        FundingCall copy = source.copy(opensAt, closesAt, periods);
        em.persist(copy);
        audit.record(actor.username(), "COPY_CALL", "call:" + copy.getId(), "from call:" + sourceCallId);
        copied.fire(new CallCopied(sourceCallId, copy.getId()));
        return copy;
    }

    /**
     * A closed call whose deadline is moved into the future opens again (e.g. after an outage on
     * deadline day), with a new funding-call process for the new schedule.
     */
    private void reopen(Actor actor, FundingCall call) {
        if (!call.getClosesAt().isAfter(clock.instant())) {
            return;
        }
        call.moveTo(CallStatus.PUBLISHED);
        process.start(call.getId(), call.getOpensAt(), call.getClosesAt());
        audit.record(actor.username(), "REOPEN_CALL", "call:" + call.getId(), "until " + call.getClosesAt());
    }

    /** Called by the funding-call process at the opening time. */
    public void opened(Long callId) {
        FundingCall call = locked(callId);
        if (call.getStatus() == CallStatus.PUBLISHED) {
            call.moveTo(CallStatus.OPEN);
            audit.record("system", "OPEN_CALL", "call:" + callId, call.getTitle());
        }
    }

    /** Called by the funding-call process at the deadline. */
    public void closed(Long callId) {
        FundingCall call = locked(callId);
        if (call.getStatus() != CallStatus.CLOSED) {
            call.moveTo(CallStatus.CLOSED);
            audit.record("system", "CLOSE_CALL", "call:" + callId, call.getTitle());
        }
    }

    private FundingCall locked(Long callId) {
        RowLocks.lock(em, "funding_call", callId);
        return call(callId);
    }

    /** The programme; none for an id that is unknown or missing (a page address without it). */
    public Programme programme(Long id) {
        Programme programme = id == null ? null : em.find(Programme.class, id);
        if (programme == null) {
            throw new NotFound("programme " + id);
        }
        return programme;
    }

    /** The call; none for an id that is unknown or missing (a page address without it). */
    public FundingCall call(Long id) {
        FundingCall call = id == null ? null : em.find(FundingCall.class, id);
        if (call == null) {
            throw new NotFound("call " + id);
        }
        return call;
    }

    public List<Programme> programmes() {
        return em.createQuery("select p from Programme p order by p.startsOn desc, p.id desc", Programme.class)
                .getResultList();
    }

    public List<FundingCall> calls() {
        return em.createQuery("select c from FundingCall c order by c.closesAt desc, c.id desc", FundingCall.class)
                .getResultList();
    }

    /** Calls open for applications now, by the server clock. */
    public List<FundingCall> openCalls() {
        return em.createQuery("select c from FundingCall c where c.status <> :draft and c.opensAt <= :now"
                + " and c.closesAt > :now order by c.closesAt", FundingCall.class)
                .setParameter("draft", CallStatus.DRAFT).setParameter("now", clock.instant()).getResultList();
    }

    /** What the public sees: published calls whose deadline has not passed, open or opening later. */
    public List<FundingCall> publishedCalls() {
        return em.createQuery("select c from FundingCall c where c.status <> :draft and c.closesAt > :now"
                + " order by c.opensAt, c.closesAt", FundingCall.class)
                .setParameter("draft", CallStatus.DRAFT).setParameter("now", clock.instant()).getResultList();
    }
}
