package org.anslag.award;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.anslag.call.FundingDecisionsOfCall;

/** Tells the call area whether any of its applications has a funding decision, pending or taken. */
@Stateless
public class DecisionsOfCall implements FundingDecisionsOfCall {

    @PersistenceContext
    EntityManager em;

    @Override
    public boolean anyFor(Long callId) {
        return !em.createQuery("select d.id from FundingDecision d where d.application.call.id = :call", Long.class)
                .setParameter("call", callId).setMaxResults(1).getResultList().isEmpty();
    }
}
