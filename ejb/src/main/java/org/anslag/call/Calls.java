package org.anslag.call;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.anslag.audit.AuditLog;
import org.anslag.shared.Actor;
import org.anslag.shared.NotFound;
import org.anslag.shared.Role;

/** Sets up programmes and calls; lists what is open. */
@Stateless
public class Calls {

    @PersistenceContext
    EntityManager em;
    @Inject
    AuditLog audit;
    @Inject
    Clock clock;

    public Programme createProgramme(Actor actor, String name, BigDecimal budget,
                                     java.time.LocalDate startsOn, java.time.LocalDate endsOn, String goals) {
        actor.require(Role.PROGRAMME_MANAGER);
        Programme programme = new Programme(name, budget, startsOn, endsOn, goals);
        em.persist(programme);
        audit.record(actor.username(), "CREATE_PROGRAMME", "programme:" + programme.getId(), name);
        return programme;
    }

    public FundingCall createCall(Actor actor, Long programmeId, CallTerms terms) {
        actor.require(Role.PROGRAMME_MANAGER);
        FundingCall call = new FundingCall(programme(programmeId), terms);
        em.persist(call);
        audit.record(actor.username(), "CREATE_CALL", "call:" + call.getId(), terms.title());
        return call;
    }

    public FundingCall reschedule(Actor actor, Long callId, Instant opensAt, Instant closesAt,
                                  BigDecimal budget, BigDecimal maxGrant) {
        actor.require(Role.PROGRAMME_MANAGER);
        FundingCall call = call(callId);
        String before = call.getOpensAt() + "–" + call.getClosesAt() + ", " + call.getBudget();
        call.change(opensAt, closesAt, budget, maxGrant);
        audit.record(actor.username(), "CHANGE_CALL", "call:" + callId,
                before + " → " + opensAt + "–" + closesAt + ", " + budget);
        return call;
    }

    public Programme programme(Long id) {
        Programme programme = em.find(Programme.class, id);
        if (programme == null) {
            throw new NotFound("programme " + id);
        }
        return programme;
    }

    public FundingCall call(Long id) {
        FundingCall call = em.find(FundingCall.class, id);
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

    public List<FundingCall> openCalls() {
        Instant now = clock.instant();
        return em.createQuery("select c from FundingCall c where c.opensAt <= :now and c.closesAt > :now order by c.closesAt",
                FundingCall.class).setParameter("now", now).getResultList();
    }
}
