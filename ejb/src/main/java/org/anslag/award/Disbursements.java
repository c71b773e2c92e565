package org.anslag.award;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.anslag.application.Applications;
import org.anslag.application.GrantApplication;
import org.anslag.shared.Actor;
import org.anslag.shared.Role;

/** The disbursement plans of accepted grants, as finance and the grant's own readers see them. */
@Stateless
public class Disbursements {

    @PersistenceContext
    EntityManager em;
    @EJB
    Applications applications;

    /** One accepted grant and how it is paid. */
    public record Plan(GrantApplication application, GrantAgreement agreement, BigDecimal granted,
                       List<Installment> installments) {
    }

    /** One application's installments: for finance, and for whoever may read the application. */
    public List<Installment> planOf(Actor actor, Long applicationId) {
        if (!actor.has(Role.FINANCE)) {
            applications.view(actor, applicationId);
        }
        return em.createQuery("select i from Installment i where i.application.id = :id order by i.number",
                Installment.class).setParameter("id", applicationId).getResultList();
    }

    /** What is planned but not yet released: the grant a change request still puts at stake. */
    public BigDecimal stillToPay(Long applicationId) {
        return em.createQuery("""
                select coalesce(sum(i.amount), 0) from Installment i
                where i.application.id = :id and i.status = org.anslag.award.Installment.Status.PLANNED""",
                BigDecimal.class).setParameter("id", applicationId).getSingleResult();
    }

    /**
     * Moves the planned installments that wait for these reporting periods by {@code days}, as an
     * approved extension moves the periods; released and paid ones stay as they were.
     */
    public List<Installment> postpone(Long applicationId, java.util.Set<Integer> periods, long days) {
        List<Installment> moved = em.createQuery("""
                select i from Installment i where i.application.id = :id
                and i.status = org.anslag.award.Installment.Status.PLANNED and i.awaitsReport in :periods
                order by i.number""", Installment.class)
                .setParameter("id", applicationId).setParameter("periods", periods).getResultList();
        moved.forEach(installment -> installment.postpone(days));
        return moved;
    }

    /** Every accepted grant of a call with its installments, in application-number order. */
    public List<Plan> plansOf(Actor actor, Long callId) {
        actor.require(Role.FINANCE, Role.PROGRAMME_MANAGER);
        Map<Long, List<Installment>> installments = new LinkedHashMap<>();
        em.createQuery("""
                select i from Installment i where i.application.call.id = :call
                order by i.application.number, i.number""", Installment.class)
                .setParameter("call", callId).getResultList().stream()
                .forEach(i -> installments.computeIfAbsent(i.getApplication().getId(), id -> new ArrayList<>()).add(i));
        return em.createQuery("""
                select g, d.grantedAmount from GrantAgreement g, FundingDecision d
                where d.application = g.application and g.application.call.id = :call
                and g.status = org.anslag.award.AgreementStatus.ACCEPTED
                order by g.application.number""", Object[].class)
                .setParameter("call", callId).getResultList().stream()
                .map(row -> {
                    GrantAgreement agreement = (GrantAgreement) row[0];
                    return new Plan(agreement.getApplication(), agreement, (BigDecimal) row[1],
                            installments.getOrDefault(agreement.getApplication().getId(), List.of()));
                }).toList();
    }
}
