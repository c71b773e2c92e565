package org.anslag.opendata;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.anslag.application.ApplicationStatus;
import org.anslag.application.GrantApplication;
import org.anslag.application.PartnerConfirmation;
import org.anslag.award.AgreementStatus;
import org.anslag.award.FundingDecision;
import org.anslag.award.Installment;
import org.anslag.followup.FinalReport;
import org.anslag.followup.ReportOutcome;
import org.anslag.organisation.Organisation;
import org.anslag.organisation.OrganisationKind;
import org.anslag.shared.Clocks;

/**
 * Every funded project (granted and running, or closed) whose grant was not left to lapse, in the
 * order of their numbers, read in a handful of queries whatever their count.
 */
@Stateless
public class OpenGrants {

    static final Set<ApplicationStatus> FUNDED = EnumSet.of(ApplicationStatus.GRANTED, ApplicationStatus.CLOSED);

    @PersistenceContext
    EntityManager em;

    public List<OpenGrant> funded() {
        List<GrantApplication> projects = em.createQuery("""
                        select a from GrantApplication a join fetch a.coordinator join fetch a.call
                        where a.status in :funded and not exists (select g from GrantAgreement g
                              where g.application = a and g.status = :lapsed)
                        order by a.number""", GrantApplication.class)
                .setParameter("funded", FUNDED).setParameter("lapsed", AgreementStatus.LAPSED).getResultList();
        Map<Long, FundingDecision> decisions = new HashMap<>();
        em.createQuery("select d from FundingDecision d where d.granted = true and d.application.status in :funded",
                        FundingDecision.class).setParameter("funded", FUNDED).getResultList()
                .forEach(decision -> decisions.put(decision.getApplication().getId(), decision));
        Map<Long, Instant> accepted = pairs("""
                select g.application.id, g.acceptedAt from GrantAgreement g
                where g.status = :accepted and g.application.status in :funded""", Map.of("accepted", AgreementStatus.ACCEPTED));
        Map<Long, LocalDate> lastPeriodEnds = pairs("""
                select p.applicationId, max(p.endsOn) from ReportingPeriod p, GrantApplication a
                where a.id = p.applicationId and a.status in :funded group by p.applicationId""", Map.of());
        Map<Long, BigDecimal> paid = pairs("""
                select i.application.id, sum(i.amount) from Installment i
                where i.status = :paid and i.application.status in :funded group by i.application.id""",
                Map.of("paid", Installment.Status.PAID));
        Map<Long, FinalReport> finalReports = new HashMap<>();
        em.createQuery("""
                        select f from FinalReport f where f.outcome = :approved and f.application.status in :funded
                        order by f.revision""", FinalReport.class)
                .setParameter("approved", ReportOutcome.APPROVED).setParameter("funded", FUNDED).getResultList()
                .forEach(report -> finalReports.put(report.getApplication().getId(), report));
        return projects.stream().filter(project -> decisions.containsKey(project.getId())).map(project -> {
            FundingDecision decision = decisions.get(project.getId());
            Instant awarded = decision.getApprovedAt() != null ? decision.getApprovedAt() : decision.getDecidedAt();
            Instant acceptedAt = accepted.get(project.getId());
            LocalDate endsOn = lastPeriodEnds.getOrDefault(project.getId(),
                    project.getCall().getReportingPeriodEnds().stream().max(LocalDate::compareTo).orElse(null));
            FinalReport finalReport = finalReports.get(project.getId());
            return new OpenGrant(project.getNumber(), project.getDnr(), project.getTitle(), project.getSummary(), decision.getGrantedAmount(),
                    LocalDate.ofInstant(awarded, Clocks.STOCKHOLM), municipality(project.getCoordinator()),
                    project.getPartners().stream().filter(p -> p.getConfirmation() == PartnerConfirmation.CONFIRMED)
                            .map(p -> municipality(p.getOrganisation())).toList(),
                    acceptedAt == null ? null : LocalDate.ofInstant(acceptedAt, Clocks.STOCKHOLM), endsOn,
                    paid.getOrDefault(project.getId(), BigDecimal.ZERO),
                    finalReport == null ? Collections.emptyList() : finalReport.getResults().stream()
                            .map(result -> new OpenGrant.Result(result.getTitle(), result.getDescription())).toList());
        }).toList();
    }

    private static OpenGrant.Municipality municipality(Organisation organisation) {
        return new OpenGrant.Municipality(organisation.getId(),
                organisation.getKind() == OrganisationKind.MUNICIPALITY ? organisation.getCode() : null, organisation.getName());
    }

    /** The second column of each row by the first (an application id), for the funded projects. */
    @SuppressWarnings("unchecked")
    private <T> Map<Long, T> pairs(String jpql, Map<String, Object> parameters) {
        Map<Long, T> byApplication = new HashMap<>();
        var query = em.createQuery(jpql, Object[].class).setParameter("funded", FUNDED);
        parameters.forEach(query::setParameter);
        query.getResultList().forEach(row -> {
            if (row[1] != null) {
                byApplication.put((Long) row[0], (T) row[1]);
            }
        });
        return byApplication;
    }
}
