package org.anslag.followup;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.anslag.audit.AuditLog;
import org.anslag.call.CallCopied;
import org.anslag.call.CallCreated;
import org.anslag.call.CallType;
import org.anslag.call.Calls;
import org.anslag.shared.Actor;
import org.anslag.shared.NotFound;
import org.anslag.shared.Role;
import org.anslag.shared.RuleViolation;
import org.anslag.shared.infrastructure.RowLocks;

/** The indicators a call's projects report on; managers define them, a copied call takes them along. */
@Stateless
public class CallIndicators {

    /** What every idea-hub call starts with; V20 gave the same set to the calls that existed before. */
    static final List<SeedIndicator> IDEA_HUB_DEFAULTS = List.of(
            new SeedIndicator("IDEAS_RECEIVED", "Inkomna idéer", "Ideas received", IndicatorUnit.COUNT, true),
            new SeedIndicator("IDEAS_TESTED", "Testade idéer", "Ideas tested", IndicatorUnit.COUNT, true),
            new SeedIndicator("IDEAS_IMPLEMENTED", "Genomförda idéer", "Ideas implemented", IndicatorUnit.COUNT, true),
            new SeedIndicator("EMPLOYEES_INVOLVED", "Medverkande medarbetare", "Employees involved", IndicatorUnit.PEOPLE, false),
            new SeedIndicator("CITIZENS_OR_COMPANIES_INVOLVED", "Medverkande invånare eller företag",
                    "Citizens or companies involved", IndicatorUnit.PEOPLE, false));

    record SeedIndicator(String code, String nameSv, String nameEn, IndicatorUnit unit, boolean cumulative) {
    }

    @PersistenceContext
    EntityManager em;
    @Inject
    AuditLog audit;
    @EJB
    Calls calls;

    public void seed(@Observes CallCreated created) {
        if (created.type() == CallType.IDEA_HUB) {
            for (SeedIndicator seed : IDEA_HUB_DEFAULTS) {
                em.persist(new Indicator(created.callId(), IDEA_HUB_DEFAULTS.indexOf(seed),
                        new IndicatorDraft(seed.nameSv(), seed.nameEn(), seed.unit(), null, seed.cumulative()), seed.code()));
            }
        }
    }

    public void copy(@Observes CallCopied copied) {
        of(copied.sourceCallId()).forEach(indicator -> em.persist(indicator.copyTo(copied.copyId())));
    }

    public Indicator add(Actor actor, Long callId, IndicatorDraft draft) {
        lockCall(actor, callId);
        Indicator indicator = new Indicator(callId, of(callId).size(), draft, null);
        em.persist(indicator);
        audit.record(actor.username(), "ADD_INDICATOR", "call:" + callId, draft.nameSv());
        return indicator;
    }

    public Indicator change(Actor actor, Long indicatorId, IndicatorDraft draft) {
        Indicator indicator = indicator(indicatorId);
        lockCall(actor, indicator.getCallId());
        indicator.change(draft);
        audit.record(actor.username(), "CHANGE_INDICATOR", "call:" + indicator.getCallId(),
                draft.nameSv() + ", target " + draft.target() + (draft.cumulative() ? ", cumulative" : ""));
        return indicator;
    }

    /** Only an indicator nobody has reported on yet can go; the reports' figures stay readable. */
    public Indicator remove(Actor actor, Long indicatorId) {
        Indicator indicator = indicator(indicatorId);
        lockCall(actor, indicator.getCallId());
        long reported = ((Number) em.createNativeQuery("select count(*) from report_indicator_value where indicator_id = ?")
                .setParameter(1, indicatorId).getSingleResult()).longValue();
        if (reported > 0) {
            throw new RuleViolation("indicators", "indicator.reported", indicator.getNameSv());
        }
        em.remove(indicator);
        audit.record(actor.username(), "REMOVE_INDICATOR", "call:" + indicator.getCallId(), indicator.getNameSv());
        return indicator;
    }

    public List<Indicator> of(Long callId) {
        return em.createQuery("select i from Indicator i where i.callId = :call order by i.position, i.id", Indicator.class)
                .setParameter("call", callId).getResultList();
    }

    private Indicator indicator(Long indicatorId) {
        Indicator indicator = indicatorId == null ? null : em.find(Indicator.class, indicatorId);
        if (indicator == null) {
            throw new NotFound("indicator " + indicatorId);
        }
        return indicator;
    }

    private void lockCall(Actor actor, Long callId) {
        actor.require(Role.PROGRAMME_MANAGER);
        calls.call(callId);
        RowLocks.lock(em, "funding_call", callId);
    }
}
