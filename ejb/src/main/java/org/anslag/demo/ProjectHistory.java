package org.anslag.demo;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.anslag.application.ApplicationHistory;
import org.anslag.application.ApplicationStatus;
import org.anslag.application.GrantApplication;
import org.anslag.award.AgreementHistory;
import org.anslag.award.FundingDecision;
import org.anslag.call.AssessmentCriterion;
import org.anslag.call.FundingCall;
import org.anslag.followup.FinalReport;
import org.anslag.followup.FinalReportContent;
import org.anslag.followup.Indicator;
import org.anslag.followup.Licence;
import org.anslag.followup.ReportContent;
import org.anslag.followup.ReportHistory;
import org.anslag.followup.ReusableResult;
import org.anslag.followup.TagChoice;
import org.anslag.followup.VocabularyTerm;
import org.anslag.organisation.Organisation;
import org.anslag.registry.Registry;
import org.anslag.review.Review;

/**
 * One application of the demo's finished programme, from submission to how it ended: the
 * evaluators' reviews, the decision, and for a grant the accepted agreement, the assessed progress
 * reports of each period and the approved final report, after which the project is closed.
 */
final class ProjectHistory {

    private final EntityManager em;
    private final Registry registry;
    private final FundingCall call;
    private final Map<String, Indicator> indicatorsByCode = new HashMap<>();
    private final Map<String, VocabularyTerm> termsByCode = new HashMap<>();
    private final Map<Long, VocabularyTerm> termsById = new HashMap<>();
    private final List<Indicator> indicators;
    private final String seeder;
    private final Map<Long, String> firstResultTitles = new HashMap<>();
    private BigDecimal remainingBudget;

    ProjectHistory(EntityManager em, Registry registry, FundingCall call, List<Indicator> indicators, String seeder) {
        this.em = em;
        this.registry = registry;
        this.call = call;
        this.indicators = indicators;
        this.seeder = seeder;
        this.remainingBudget = call.getBudget();
        em.createQuery("select i.seedCode, i from Indicator i where i.callId = :call", Object[].class)
                .setParameter("call", call.getId()).getResultList()
                .forEach(row -> indicatorsByCode.put((String) row[0], (Indicator) row[1]));
        em.createQuery("select t.seedCode, t from VocabularyTerm t where t.programme.id = :programme", Object[].class)
                .setParameter("programme", call.getProgramme().getId()).getResultList()
                .forEach(row -> {
                    VocabularyTerm term = (VocabularyTerm) row[1];
                    termsByCode.put((String) row[0], term);
                    termsById.put(term.getId(), term);
                });
    }

    GrantApplication record(JsonObject about, Map<String, Organisation> municipalities) {
        JsonObject decision = about.getJsonObject("decision");
        boolean granted = decision.getBoolean("granted");
        List<Organisation> partners = about.getJsonArray("partners").getValuesAs(JsonString.class).stream()
                .map(code -> municipalities.get(code.getString())).toList();
        GrantApplication application = ApplicationHistory.ended(about.getString("number"), call,
                municipalities.get(about.getString("coordinator")), partners, about.getString("title"),
                about.getString("summary"), ProgrammeHistory.decimal(about, "requestedAmount"), seeder,
                Instant.parse(about.getString("submittedAt")), granted ? ApplicationStatus.CLOSED : ApplicationStatus.REJECTED);
        em.persist(application);
        registry.registerIncoming(application, seeder, application.getSubmittedAt());
        reviews(application, about.getJsonObject("reviews"));
        Instant decidedAt = Instant.parse(decision.getString("decidedAt"));
        registry.registerOutgoing(application, granted ? "GRANTED" : "REJECTED", "Beslut om ansökan " + application.getNumber(),
                decision.getString("decidedBy"), decidedAt);
        if (!granted) {
            em.persist(FundingDecision.reject(application, decision.getString("justification"), decision.getString("decidedBy"), decidedAt));
            return application;
        }
        BigDecimal amount = ProgrammeHistory.decimal(decision, "amount");
        em.persist(FundingDecision.grant(application, amount, remainingBudget, decision.getString("justification"),
                decision.getString("decidedBy"), decidedAt));
        remainingBudget = remainingBudget.subtract(amount);
        em.persist(AgreementHistory.accepted(application, seeder, Instant.parse(about.getString("agreementAcceptedAt"))));
        for (JsonObject report : about.getJsonArray("reports").getValuesAs(JsonObject.class)) {
            em.persist(ReportHistory.progressReport(application, report.getInt("period"), content(report), indicators, termsById,
                    assessed(report)));
        }
        FinalReport finalReport = ReportHistory.finalReport(application, finalContent(about.getJsonObject("finalReport")),
                assessed(about.getJsonObject("finalReport")));
        em.persist(finalReport);
        firstResultTitles.put(application.getId(), finalReport.getResults().get(0).getTitle());
        return application;
    }

    String firstResultTitle(GrantApplication application) {
        return firstResultTitles.get(application.getId());
    }

    /** Each evaluator's scores, one per criterion in the call's order. */
    private void reviews(GrantApplication application, JsonObject scoresByEvaluator) {
        Instant submittedAt = call.getClosesAt().plusSeconds(14L * 24 * 3600);
        List<AssessmentCriterion> criteria = call.getCriteria();
        for (String evaluator : scoresByEvaluator.keySet()) {
            var scores = scoresByEvaluator.getJsonArray(evaluator);
            Map<Long, Integer> scoreByCriterion = new HashMap<>();
            Map<Long, String> commentByCriterion = new HashMap<>();
            for (int i = 0; i < criteria.size(); i++) {
                int score = scores.getInt(i);
                scoreByCriterion.put(criteria.get(i).getId(), score);
                commentByCriterion.put(criteria.get(i).getId(), criteria.get(i).getName() + ": " + score + " av 7.");
            }
            em.persist(new Review(application, evaluator, scoreByCriterion, commentByCriterion, submittedAt));
        }
    }

    private ReportContent content(JsonObject report) {
        Map<Long, BigDecimal> values = new HashMap<>();
        JsonObject byCode = report.getJsonObject("values");
        byCode.keySet().forEach(code -> values.put(indicatorsByCode.get(code).getId(), ProgrammeHistory.decimal(byCode, code)));
        List<TagChoice> tags = new ArrayList<>();
        for (String kind : List.of("hinders", "successFactors")) {
            for (JsonObject tag : report.getJsonArray(kind).getValuesAs(JsonObject.class)) {
                tags.add(new TagChoice(termsByCode.get(tag.getString("term")).getId(), tag.getString("excerpt")));
            }
        }
        return new ReportContent(report.getString("narrative"), values, tags);
    }

    private FinalReportContent finalContent(JsonObject report) {
        List<ReusableResult> results = report.getJsonArray("results").getValuesAs(JsonObject.class).stream()
                .map(result -> ReusableResult.of(result.getString("title"), result.getString("description"),
                        result.getString("contactRole"), result.getString("contactEmail"),
                        Licence.valueOf(result.getString("licence")), result.getString("licenceTerms", null))).toList();
        return new FinalReportContent(report.getString("outcomes"), results, report.getString("lessons"),
                ProgrammeHistory.decimal(report, "totalSpent"));
    }

    /** Reports are assessed a fortnight after they came in. */
    private ReportHistory.Assessed assessed(JsonObject report) {
        Instant submittedAt = Instant.parse(report.getString("submittedAt"));
        return new ReportHistory.Assessed(seeder, submittedAt, report.getString("assessedBy"), report.getInt("score"),
                report.getString("assessment"), submittedAt.plusSeconds(14L * 24 * 3600));
    }
}
