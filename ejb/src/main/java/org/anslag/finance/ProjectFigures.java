package org.anslag.finance;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.anslag.followup.Indicator;
import org.anslag.followup.ProgressReport;
import org.anslag.organisation.Organisation;
import org.anslag.organisation.Organisations;

/**
 * What the running grants of some calls report: spending against the approved budget per partner
 * organisation, and their indicators per period. A period counts with the newest version of its
 * report (a revision replaces the version sent back).
 */
@Stateless
public class ProjectFigures {

    private static final String NEWEST_VERSION = """
            r.revision = (select max(r2.revision) from ProgressReport r2
                          where r2.application = r.application and r2.periodNumber = r.periodNumber)""";

    @PersistenceContext
    EntityManager em;
    @EJB
    Organisations organisations;

    /** The grants whose agreement was accepted, by id, in application-number order. */
    Map<Long, String> runningGrants(Collection<Long> callIds) {
        Map<Long, String> grants = new LinkedHashMap<>();
        em.createQuery("""
                select a.id, a.number from GrantAgreement g join g.application a
                where g.status = org.anslag.award.AgreementStatus.ACCEPTED and a.call.id in :calls
                order by a.number""", Object[].class).setParameter("calls", callIds).getResultList()
                .forEach(row -> grants.put((Long) row[0], (String) row[1]));
        return grants;
    }

    public List<BudgetOutturn> budgetOutturn(Collection<Long> callIds) {
        Map<Long, String> grants = runningGrants(callIds);
        if (grants.isEmpty()) {
            return List.of();
        }
        Map<List<Long>, BigDecimal[]> figures = new HashMap<>();
        em.createQuery("""
                select b.applicationId, b.organisationId, sum(b.cost) from BudgetLine b
                where b.applicationId in :grants group by b.applicationId, b.organisationId""", Object[].class)
                .setParameter("grants", grants.keySet()).getResultList()
                .forEach(row -> figure(figures, row)[0] = (BigDecimal) row[2]);
        em.createQuery("select r.application.id, s.organisationId, sum(s.amount) from SpendingLine s join s.report r"
                        + " where r.application.id in :grants and " + NEWEST_VERSION
                        + " group by r.application.id, s.organisationId", Object[].class)
                .setParameter("grants", grants.keySet()).getResultList()
                .forEach(row -> figure(figures, row)[1] = (BigDecimal) row[2]);
        Map<Long, Organisation> named = new HashMap<>();
        organisations.all(figures.keySet().stream().map(key -> key.get(1)).distinct().toList())
                .forEach(organisation -> named.put(organisation.getId(), organisation));
        return figures.entrySet().stream().map(entry -> {
            Organisation organisation = named.get(entry.getKey().get(1));
            return new BudgetOutturn(grants.get(entry.getKey().get(0)), organisation.getName(),
                    organisation.getCounty() == null ? null : organisation.getCounty().getName(),
                    entry.getValue()[0], entry.getValue()[1]);
        }).sorted(Comparator.comparing(BudgetOutturn::applicationNumber).thenComparing(BudgetOutturn::organisation))
                .toList();
    }

    private static BigDecimal[] figure(Map<List<Long>, BigDecimal[]> figures, Object[] row) {
        return figures.computeIfAbsent(List.of((Long) row[0], (Long) row[1]),
                key -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
    }

    /** Each reported period's value of each of the call's indicators, with the running total of a cumulative one. */
    public List<IndicatorFigure> indicators(Collection<Long> callIds, Locale locale) {
        Map<Long, String> grants = runningGrants(callIds);
        if (grants.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Indicator>> indicatorsOfCall = new HashMap<>();
        em.createQuery("select i from Indicator i where i.callId in :calls order by i.position, i.id", Indicator.class)
                .setParameter("calls", callIds).getResultList()
                .forEach(indicator -> indicatorsOfCall.computeIfAbsent(indicator.getCallId(), id -> new ArrayList<>()).add(indicator));
        List<IndicatorFigure> figures = new ArrayList<>();
        Map<List<Object>, BigDecimal> toDate = new HashMap<>();
        em.createQuery("select r from ProgressReport r where r.application.id in :grants and " + NEWEST_VERSION
                        + " order by r.application.number, r.periodNumber", ProgressReport.class)
                .setParameter("grants", grants.keySet()).getResultList().forEach(report -> {
                    var application = report.getApplication();
                    for (Indicator indicator : indicatorsOfCall.getOrDefault(application.getCall().getId(), List.of())) {
                        BigDecimal value = report.valueOf(indicator.getId());
                        BigDecimal total = null;
                        if (indicator.isCumulative()) {
                            total = toDate.merge(List.of(application.getId(), indicator.getId()),
                                    value == null ? BigDecimal.ZERO : value, BigDecimal::add);
                        }
                        figures.add(new IndicatorFigure(application.getNumber(), application.getTitle(),
                                indicator.name(locale), indicator.getUnit().name(), report.getPeriodNumber(), value,
                                total, indicator.getTarget()));
                    }
                });
        return figures;
    }
}
