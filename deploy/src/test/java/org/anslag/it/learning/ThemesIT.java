package org.anslag.it.learning;

import static org.anslag.it.support.ServerPages.assertContains;
import static org.anslag.it.support.ServerPages.signedIn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import org.anslag.it.support.Ears;
import org.anslag.it.support.Html;
import org.anslag.it.support.Scenarios;
import org.anslag.it.support.ServerPages;
import org.anslag.it.support.WebClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The learning pages of hinders and success factors, indicators and calibration, on reports and
 * reviews made through the services: the counts on the page and in the CSV are the seeded ones,
 * the drill-down shows only this programme's excerpts, and a researcher of another programme
 * reads none of it (and never the calibration).
 */
@ExtendWith(ArquillianExtension.class)
public class ThemesIT {

    @Deployment
    public static EnterpriseArchive deployment() {
        return Ears.withTestInWebModule(List.of(), ThemesIT.class, Scenarios.class, ServerPages.class, WebClient.class, Html.class);
    }

    // made inside the server, where the test method runs (the class is also built outside it)
    private Scenarios given;
    private FollowUps followUps;
    private Vocabulary vocabulary;

    @Test
    public void managersCountHindersDrillDownAndSeeIndicatorsAndCalibrationWhileOtherResearchersSeeNothing() {
        given = new Scenarios();
        followUps = Scenarios.ejb(FollowUps.class);
        vocabulary = Scenarios.ejb(Vocabulary.class);
        FundingCall call = twoPeriods(given.openCall("5000000", "lars", "karin"));
        Long programme = call.getProgramme().getId();
        Indicator visits = Scenarios.ejb(CallIndicators.class).add(given.maria, call.getId(),
                new IndicatorDraft("Besök", "Visits", IndicatorUnit.COUNT, new BigDecimal("10"), true));
        String first = funded(call, 7, 3);
        String second = funded(call, 6, 2);
        report(first, visits, "4", Map.of("Brist på tid", "Förvaltningarna hann inte.", "Regelverk", "GDPR-frågor.",
                "Engagerad ledning", "Kommundirektören driver på."));
        followUps.assess(Scenarios.evaluator("lars"), first, 5, "Bra start.");
        report(first, visits, "3", Map.of("Brist på tid", "Sommaren kom emellan."));
        report(second, visits, "5", Map.of("Brist på tid", "Svårt att hitta tid."));
        FundingCall other = given.openCall("5000000", "lars");
        report(funded(other, 5, 5), null, null, Map.of("Brist på tid", "Annat program."));

        WebClient maria = signedIn("maria");
        String page = "learning/themes.xhtml?programme=" + programme;
        assertContains(flat(maria.get(page)), "Brist på tid 3 2 1", "Regelverk 1 1 0", "Engagerad ledning 1 1 0", "Period 2");
        String csv = csv(maria, "api/learning/figures/themes.csv?programme=" + programme);
        assertContains(csv, "Hinder,Brist på tid,3,2,1\r\n", "Hinder,Regelverk,1,1,0\r\n", "Framgångsfaktor,Engagerad ledning,1,1,0\r\n");
        assertContains(flat(maria.get(page + "&period=2")), "Brist på tid 1 1", "Regelverk 0 0");
        assertContains(flat(maria.get(page + "&county=25")), "Brist på tid 0", "Regelverk 0");
        assertContains(flat(maria.get(page + "&county=22&callType=TEST_BED")), "Brist på tid 3 2 1");

        HttpResponse<String> refused = maria.get(page + "&period=tv%C3%A5");
        assertEquals(400, refused.statusCode());
        assertContains(flat(refused), "Rapportperioden ska vara ett heltal från 1 till 100.");
        assertEquals(422, maria.download("api/learning/figures/themes.csv?programme=" + programme + "&county=X").statusCode());

        Long time = term(programme, "Brist på tid");
        String drill = flat(maria.get(page + "&term=" + time));
        assertContains(drill, "Utdrag: Brist på tid", "Förvaltningarna hann inte.", "Sommaren kom emellan.", "Svårt att hitta tid.",
                "Sundsvalls kommun");
        assertFalse(drill.contains("Annat program."), "another programme's excerpt stays out of the drill-down");
        String excerpts = csv(maria, "api/learning/figures/theme-excerpts.csv?programme=" + programme + "&term=" + time);
        assertEquals(4, excerpts.split("\r\n").length, "a heading and three excerpts:\n" + excerpts);
        assertFalse(excerpts.contains("anna"), "no reporter's name in the excerpts");
        Long othersTerm = term(other.getProgramme().getId(), "Brist på tid");
        assertEquals(404, maria.get(page + "&term=" + othersTerm).statusCode(), "another programme's term is not this one's");

        String indicators = flat(maria.get("learning/indicators.xhtml?programme=" + programme));
        assertContains(indicators, "Besök (antal) Summa av perioderna 2 / 2 20 12 60 %");

        String calibration = flat(maria.get("learning/calibration.xhtml?programme=" + programme));
        assertContains(calibration, "karin Nytta 2 poäng, medel 2,5", "Systematiskt låg", "lars Nytta 2 poäng, medel 6,5", "Systematiskt hög");
        assertContains(csv(maria, "api/learning/figures/calibration.csv?programme=" + programme),
                "lars,Nytta,2,6.5,0,0,0,0,0,1,1,4,4.5,2.0,Systematiskt högt");

        WebClient ingrid = signedIn("ingrid");
        assertEquals(403, ingrid.get(page).statusCode());
        assertEquals(403, ingrid.get(page + "&term=" + time).statusCode());
        assertEquals(403, ingrid.download("api/learning/figures/themes.csv?programme=" + programme).statusCode());
        assertEquals(403, ingrid.download("api/learning/figures/theme-excerpts.csv?programme=" + programme + "&term=" + time).statusCode());
        assertEquals(403, ingrid.get("learning/indicators.xhtml?programme=" + programme).statusCode());
        assertEquals(403, ingrid.get("learning/calibration.xhtml").statusCode(), "calibration is for managers only");
        assertEquals(403, ingrid.download("api/learning/figures/calibration.csv?programme=" + programme).statusCode());
        String own = flat(ingrid.get("learning/themes.xhtml"));
        assertFalse(own.contains(call.getProgramme().getName()), "the programme is not offered to her");
    }

    /** Two reporting periods, the reports open at once. */
    private FundingCall twoPeriods(FundingCall call) {
        given.calls.describe(given.maria, call.getId(), new CallTexts(call.getTitleEn(), call.getDescriptionSv(),
                call.getDescriptionEn()), call.getRules(), List.of(LocalDate.now().plusMonths(3), LocalDate.now().plusMonths(9)));
        return given.reportsOpenAtOnce(call);
    }

    /** Reviewed by lars (and karin, when the pool has her) with these scores on every criterion, granted and accepted. */
    private String funded(FundingCall call, int larsScores, int karinScores) {
        var draft = given.completeDraft(call, "500000");
        String number = given.applications.submit(given.anna, draft.getId()).getNumber();
        given.reviews.decideEligibility(given.maria, number, true, "Uppfyller kraven.", "sv");
        boolean panel = larsScores != karinScores;
        List<String> evaluators = panel ? List.of("lars", "karin") : List.of("lars");
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
        List<TagChoice> tags = excerpts.entrySet().stream().map(entry -> new TagChoice(term(programme, entry.getKey()), entry.getValue())).toList();
        Map<Long, BigDecimal> values = indicator == null ? Map.of() : Map.of(indicator.getId(), new BigDecimal(value));
        followUps.submit(given.anna, number, new ReportContent("Perioden.", values, tags));
    }

    private Long term(Long programme, String labelSv) {
        return java.util.stream.Stream.of(TermKind.values()).flatMap(kind -> vocabulary.active(programme, kind).stream())
                .filter(term -> term.getLabelSv().equals(labelSv)).map(VocabularyTerm::getId).findFirst().orElseThrow();
    }

    private static String csv(WebClient client, String path) {
        HttpResponse<byte[]> response = client.download(path);
        assertEquals(200, response.statusCode(), path);
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    /** The page's text without markup, spaces as one. */
    private static String flat(HttpResponse<String> response) {
        return ServerPages.text(response.body()).replaceAll("<[^>]+>", " ").replace('\u00a0', ' ').replaceAll("\\s+", " ");
    }
}
