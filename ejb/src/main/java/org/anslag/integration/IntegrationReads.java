package org.anslag.integration;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.anslag.application.ApplicationStatus;
import org.anslag.application.GrantApplication;
import org.anslag.award.FundingDecision;
import org.anslag.award.Installment;
import org.anslag.call.CallStatus;
import org.anslag.call.FundingCall;
import org.anslag.followup.FinalReport;
import org.anslag.followup.ProgressReport;
import org.anslag.integration.ApiRecords.Organisation;

/**
 * What a token reads, one page at a time in the order of the records' ids. Each method first
 * checks the token's scope, so a page or resource that forgot to would still be refused.
 * Drafts (calls and applications) are nobody's business but their authors'.
 */
@Stateless
// one transaction per page: the records' relations (an installment's application) load lazily
public class IntegrationReads {

    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    @PersistenceContext
    EntityManager em;

    public ApiPage<ApiRecords.Call> calls(ApiClient client, int limit, int offset) {
        client.require(ApiResource.CALLS);
        return page(FundingCall.class, "c", "c.status <> :draft", q -> q.setParameter("draft", CallStatus.DRAFT),
                limit, offset, call -> new ApiRecords.Call(call.getId(), call.getTitle(), call.getType().name(),
                        call.getStatus().name(), call.getProgramme().getId(), call.getProgramme().getName(),
                        ApiRecords.iso(call.getOpensAt()), ApiRecords.iso(call.getClosesAt()), call.getBudget(),
                        call.getMaxGrant()));
    }

    public ApiPage<ApiRecords.Application> applications(ApiClient client, int limit, int offset) {
        client.require(ApiResource.APPLICATIONS);
        return page(GrantApplication.class, "a", "a.status not in :unsent",
                q -> q.setParameter("unsent", ApplicationStatus.NEVER_SUBMITTED),
                limit, offset, application -> new ApiRecords.Application(application.getNumber(), application.getDnr(),
                        application.getCall().getId(), application.getTitle(), application.getSummary(),
                        application.getStatus().name(), organisation(application.getCoordinator()),
                        application.getPartners().stream().map(partner -> organisation(partner.getOrganisation())).toList(),
                        application.getRequestedAmount(), ApiRecords.iso(application.getSubmittedAt())));
    }

    public ApiPage<ApiRecords.Decision> decisions(ApiClient client, int limit, int offset) {
        client.require(ApiResource.DECISIONS);
        return page(FundingDecision.class, "d", null, q -> { }, limit, offset, decision -> new ApiRecords.Decision(
                decision.getId(), decision.getApplication().getNumber(), decision.getApplication().getDnr(),
                decision.getApplication().getCall().getId(),
                decision.isAwaitingApproval() ? "AWAITING_APPROVAL" : decision.isGranted() ? "GRANTED" : "REJECTED",
                decision.isGranted() ? decision.getGrantedAmount() : null, ApiRecords.iso(decision.getDecidedAt()),
                ApiRecords.iso(decision.getApprovedAt()), decision.isAwaitingApproval() ? null
                        : ApiRecords.iso((decision.getApprovedAt() != null ? decision.getApprovedAt() : decision.getDecidedAt())
                                .atZone(SWEDEN).toLocalDate())));
    }

    public ApiPage<ApiRecords.Payment> payments(ApiClient client, int limit, int offset) {
        client.require(ApiResource.PAYMENTS);
        return page(Installment.class, "i", null, q -> { }, limit, offset, installment -> new ApiRecords.Payment(
                installment.getId(), installment.getApplication().getNumber(), installment.getNumber(),
                installment.getAmount(), installment.getStatus().name(), ApiRecords.iso(installment.getDueOn()),
                ApiRecords.iso(installment.getReleasedAt()), ApiRecords.iso(installment.getPaidOn()),
                installment.getPaymentReference()));
    }

    /**
     * Progress and final reports as they were submitted, each revision its own record. The two
     * kinds live in two tables, so the page is cut from both lists merged by submission time.
     */
    public ApiPage<ApiRecords.Report> reports(ApiClient client, int limit, int offset) {
        client.require(ApiResource.REPORTS);
        long progress = em.createQuery("select count(r) from ProgressReport r where r.submittedAt is not null", Long.class)
                .getSingleResult();
        long finals = em.createQuery("select count(r) from FinalReport r where r.submittedAt is not null", Long.class)
                .getSingleResult();
        List<ApiRecords.Report> merged = new ArrayList<>();
        em.createQuery("select r from ProgressReport r where r.submittedAt is not null order by r.submittedAt, r.id",
                ProgressReport.class).setMaxResults(offset + limit).getResultStream().map(report -> new ApiRecords.Report(
                "progress-" + report.getId(), "PROGRESS", report.getApplication().getNumber(), report.getPeriodNumber(),
                report.getRevision(), ApiRecords.iso(report.getSubmittedAt()), name(report.getOutcome()),
                ApiRecords.iso(report.getAssessedAt()), report.getScore())).forEach(merged::add);
        em.createQuery("select r from FinalReport r where r.submittedAt is not null order by r.submittedAt, r.id",
                FinalReport.class).setMaxResults(offset + limit).getResultStream().map(report -> new ApiRecords.Report(
                "final-" + report.getId(), "FINAL", report.getApplication().getNumber(), null, report.getRevision(),
                ApiRecords.iso(report.getSubmittedAt()), name(report.getOutcome()), ApiRecords.iso(report.getAssessedAt()),
                report.getScore())).forEach(merged::add);
        List<ApiRecords.Report> items = merged.stream()
                .sorted(Comparator.comparing(ApiRecords.Report::submittedAt).thenComparing(ApiRecords.Report::id))
                .skip(offset).limit(limit).toList();
        return new ApiPage<>(items, limit, offset, progress + finals);
    }

    private <E, R> ApiPage<R> page(Class<E> entity, String alias, String where,
                                   Consumer<Query> parameters, int limit, int offset,
                                   Function<E, R> shape) {
        String from = " from " + entity.getSimpleName() + " " + alias + (where == null ? "" : " where " + where);
        TypedQuery<Long> count = em.createQuery("select count(" + alias + ")" + from, Long.class);
        parameters.accept(count);
        TypedQuery<E> rows = em.createQuery("select " + alias + from + " order by " + alias + ".id", entity);
        parameters.accept(rows);
        Stream<E> found = rows.setFirstResult(offset).setMaxResults(limit).getResultStream();
        return new ApiPage<>(found.map(shape).toList(), limit, offset, count.getSingleResult());
    }

    private static Organisation organisation(org.anslag.organisation.Organisation organisation) {
        return new Organisation(organisation.getName(), organisation.getKind() == org.anslag.organisation.OrganisationKind.MUNICIPALITY
                ? organisation.getCode() : null);
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
