package org.anslag.it.learning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.anslag.call.AssessmentCriterion;
import org.anslag.call.CallTexts;
import org.anslag.call.FundingCall;
import org.anslag.followup.CallIndicators;
import org.anslag.followup.FollowUps;
import org.anslag.followup.Indicator;
import org.anslag.followup.IndicatorDraft;
import org.anslag.followup.IndicatorUnit;
import org.anslag.followup.ReportContent;
import org.anslag.followup.TagChoice;
import org.anslag.followup.TermKind;
import org.anslag.followup.Vocabulary;
import org.anslag.followup.VocabularyTerm;
import org.anslag.it.support.Scenarios;

/**
 * For tests inside the server: a programme whose two funded projects reported hinders and success
 * factors over two periods, reviewed by lars (high) and karin (low), and a second programme with one
 * more report, so a drill-down can show that it stays in its own programme.
 *
 * <p>Counts: Brist på tid 3 (period 1: 2, period 2: 1), Regelverk 1, Engagerad ledning 1; the
 * indicator Besök (count, target 10 per project, adds up) reported 4 + 3 + 5 = 12 of 20.
 */
public final class ThemeScenarios {

    /** What was made: the call with its indicator, and the other programme's call. */
    public record Seeded(FundingCall call, Indicator visits, FundingCall other) {

        public Long programme() {
            return call.getProgramme().getId();
        }
    }

    public final Scenarios given = new Scenarios();
    private final FollowUps followUps = Scenarios.ejb(FollowUps.class);
    private final Vocabulary vocabulary = Scenarios.ejb(Vocabulary.class);

    /** The other programme first, so the reported one is the newest and the pages open on it. */
    public Seeded programmeWithReports() {
        FundingCall other = given.openCall("5000000", "lars");
        report(funded(other, 5, 5), null, null, Map.of("Brist på tid", "Annat program."));
        FundingCall call = twoPeriods(given.openCall("5000000", "lars", "karin"));
        Indicator visits = Scenarios.ejb(CallIndicators.class).add(given.maria, call.getId(),
                new IndicatorDraft("Besök", "Visits", IndicatorUnit.COUNT, new BigDecimal("10"), true));
        String first = funded(call, 7, 3);
        String second = funded(call, 6, 2);
        report(first, visits, "4", Map.of("Brist på tid", "Förvaltningarna hann inte.", "Regelverk", "GDPR-frågor.",
                "Engagerad ledning", "Kommundirektören driver på."));
        followUps.assess(Scenarios.evaluator("lars"), first, 5, "Bra start.");
        report(first, visits, "3", Map.of("Brist på tid", "Sommaren kom emellan."));
        report(second, visits, "5", Map.of("Brist på tid", "Svårt att hitta tid."));
        return new Seeded(call, visits, other);
    }

    public Long term(Long programme, String labelSv) {
        return Stream.of(TermKind.values()).flatMap(kind -> vocabulary.active(programme, kind).stream())
                .filter(term -> term.getLabelSv().equals(labelSv)).map(VocabularyTerm::getId).findFirst().orElseThrow();
    }

    /** Two reporting periods, the reports open at once. */
    private FundingCall twoPeriods(FundingCall call) {
        given.calls.describe(given.maria, call.getId(), new CallTexts(call.getTitleEn(), call.getDescriptionSv(),
                call.getDescriptionEn()), call.getRules(), List.of(LocalDate.now().plusMonths(3), LocalDate.now().plusMonths(9)));
        return given.reportsOpenAtOnce(call);
    }

    /** Reviewed by lars (and karin, when the scores differ) with these scores on every criterion, granted and accepted. */
    private String funded(FundingCall call, int larsScores, int karinScores) {
        var draft = given.completeDraft(call, "500000");
        String number = given.applications.submit(given.anna, draft.getId()).getNumber();
        given.reviews.decideEligibility(given.maria, number, true, "Uppfyller kraven.", "sv");
        List<String> evaluators = larsScores != karinScores ? List.of("lars", "karin") : List.of("lars");
        given.reviews.assignEvaluators(given.maria, number, evaluators);
        for (String evaluator : evaluators) {
            given.reviews.declareConflicts(Scenarios.evaluator(evaluator), number, false, null);
            Map<Long, Integer> scores = new HashMap<>();
            Map<Long, String> comments = new HashMap<>();
            for (AssessmentCriterion criterion : call.getCriteria()) {
                scores.put(criterion.getId(), evaluator.equals("lars") ? larsScores : karinScores);
                comments.put(criterion.getId(), "Motiverat.");
            }
            given.reviews.submitReview(Scenarios.evaluator(evaluator), number, scores, comments);
        }
        given.rankings.consolidate(given.maria, number, null, new BigDecimal("5.00"), "Samlad bedömning.");
        given.awards.decide(given.maria, number, true, new BigDecimal("500000"), "Beviljas.", "sv");
        given.awards.acceptAgreement(given.anna, number);
        return number;
    }

    private void report(String number, Indicator indicator, String value, Map<String, String> excerpts) {
        Long programme = given.applications.byNumber(number).getCall().getProgramme().getId();
        List<TagChoice> tags = excerpts.entrySet().stream()
                .map(entry -> new TagChoice(term(programme, entry.getKey()), entry.getValue())).toList();
        Map<Long, BigDecimal> values = indicator == null ? Map.of() : Map.of(indicator.getId(), new BigDecimal(value));
        followUps.submit(given.anna, number, new ReportContent("Perioden.", values, tags));
    }
}
