package org.anslag.it.access;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.anslag.application.GrantApplication;
import org.anslag.budget.BudgetEntry;
import org.anslag.budget.CostCategory;
import org.anslag.call.AssessmentCriterion;
import org.anslag.change.ChangeRequest;
import org.anslag.change.ChangeRequests;
import org.anslag.call.FundingCall;
import org.anslag.followup.FinalReportContent;
import org.anslag.followup.FinalReports;
import org.anslag.followup.FollowUps;
import org.anslag.followup.Licence;
import org.anslag.followup.ReusableResult;
import org.anslag.followup.ReportContent;
import org.anslag.it.support.Scenarios;
import org.anslag.it.support.WebClient;
import org.anslag.letter.Letters;

/**
 * Sundsvall's applications with Timrå as partner, one in each state the access matrix covers,
 * made through the services as the users would: lars reviews (and so assesses the reports), erik
 * declares a conflict, karin is assigned (declaration pending during the review, then erik's
 * replacement), nils stays in the pool unassigned, sofia works at the partner Timrå. "finaldue"
 * waits for its final report, "final" has it awaiting assessment; "closed" had it approved, which closed the project.
 */
final class ApplicationsInEveryState {

    static final List<String> STATES = List.of("draft", "submitted", "review", "followup", "finaldue", "final", "closed");

    private final Scenarios given = new Scenarios();
    private final WebClient anna;
    private final FundingCall call;
    /** Per state: the values the matrix's address templates name ({number}, {attachment}, …). */
    private final Map<String, Map<String, String>> keys = new LinkedHashMap<>();

    ApplicationsInEveryState(WebClient signedInAnna) {
        this.anna = signedInAnna;
        this.call = given.openCall("9000000", "lars", "erik", "karin", "nils", "sofia");
        keys.put("draft", keysOf(draft().getNumber()));
        keys.put("submitted", keysOf(submit(draft())));
        keys.put("review", keysOf(inReview(draft())));
        keys.put("followup", keysOf(reportAwaitingAssessment(draft())));
        String finalDue = reportAwaitingAssessment(draft());
        ejb(FollowUps.class).assess(Scenarios.evaluator("lars"), finalDue, 6, "Väl genomfört.");
        keys.put("finaldue", keysOf(finalDue));
        String finalReport = reportAwaitingAssessment(draft());
        ejb(FollowUps.class).assess(Scenarios.evaluator("lars"), finalReport, 6, "Väl genomfört.");
        ejb(FinalReports.class).submit(given.anna, finalReport, finalReportContent());
        keys.put("final", keysOf(finalReport));
        keys.get("followup").putAll(changeRequestsOf(keys.get("followup").get("number")));
        String closed = reportAwaitingAssessment(draft());
        ejb(FollowUps.class).assess(Scenarios.evaluator("lars"), closed, 6, "Väl genomfört.");
        given.closeWithFinalReport(closed, "lars", "150000");
        org.anslag.it.learning.AfterReportTimers.fire(given, closed, "Timer_12Months");
        keys.put("closed", keysOf(closed));
    }

    /** The template values of one state; {call} for the rows that belong to no application. */
    Map<String, String> keys(String state) {
        return keys.get(state);
    }

    private GrantApplication draft() {
        GrantApplication draft = given.completeDraft(call, "400000");
        HttpResponse<String> attached = anna.postBody("api/applications/" + draft.getNumber() + "/attachments", "application/pdf",
                "%PDF-1.4\n% projektplan\n%%EOF\n".getBytes(StandardCharsets.US_ASCII),
                Map.of("X-Requested-By", "access-matrix", "X-File-Name", "projektplan.pdf", "Accept", "application/json"));
        if (attached.statusCode() != 201) {
            throw new IllegalStateException("attachment refused: " + attached.statusCode() + " " + attached.body());
        }
        return draft;
    }

    private String submit(GrantApplication draft) {
        return given.applications.submit(given.anna, draft.getId()).getNumber();
    }

    private String inReview(GrantApplication draft) {
        String number = submit(draft);
        given.reviews.decideEligibility(given.maria, number, true, "Uppfyller kraven.", "sv");
        given.reviews.assignEvaluators(given.maria, number, List.of("lars", "erik", "karin"));
        given.reviews.declareConflicts(Scenarios.evaluator("lars"), number, false, null);
        given.reviews.declareConflicts(Scenarios.evaluator("erik"), number, true, "Min syster leder projektet.");
        return number;
    }

    /** Reviewed by lars and karin (erik's replacement), granted, accepted, its first report in. */
    private String reportAwaitingAssessment(GrantApplication draft) {
        String number = submit(draft);
        given.reviews.decideEligibility(given.maria, number, true, "Uppfyller kraven.", "sv");
        given.reviews.assignEvaluators(given.maria, number, List.of("lars", "erik"));
        given.reviews.declareConflicts(Scenarios.evaluator("lars"), number, false, null);
        given.reviews.declareConflicts(Scenarios.evaluator("erik"), number, true, "Min syster leder projektet.");
        given.reviews.replaceEvaluator(given.maria, number, "erik", "karin");
        given.reviews.declareConflicts(Scenarios.evaluator("karin"), number, false, null);
        review(number, "lars");
        review(number, "karin");
        given.rankings.consolidate(given.maria, number, null, new BigDecimal("5.00"), "Godtagbar på alla kriterier.");
        given.awards.decide(given.maria, number, true, new BigDecimal("400000"), "Beviljas.", "sv");
        given.awards.acceptAgreement(given.anna, number);
        ejb(FollowUps.class).submit(given.anna, number,
                new ReportContent("Idéslussen är igång.", Map.of(), List.of()));
        return number;
    }

    private static FinalReportContent finalReportContent() {
        return new FinalReportContent("Målen är nådda.", List.of(ReusableResult.of("Idéslussens arbetssätt",
                "Mallar och rutiner.", "Innovationsledare", "innovation@sundsvall.se", Licence.CC0, null)),
                "Börja i liten skala.", new BigDecimal("390000"));
    }

    /** A budget reallocation waiting for a manager, and Luleå asked to take Timrå's place (change requests). */
    private Map<String, String> changeRequestsOf(String number) {
        ChangeRequests changes = ejb(ChangeRequests.class);
        BudgetEntry approved = given.budgets.ofApplication(given.applications.byNumber(number).getId()).entries().get(0);
        ChangeRequest budget = changes.requestReallocation(given.anna, number, List.of(
                new BudgetEntry(approved.organisationId(), approved.year(), approved.category(),
                        approved.cost().subtract(new BigDecimal("100000")), approved.coFunding()),
                new BudgetEntry(given.tomas.organisationId(), approved.year(), CostCategory.EXTERNAL_SERVICES,
                        new BigDecimal("100000"), BigDecimal.ZERO)), "Timrå tar över en del av arbetet.");
        Long lulea = given.organisations.byCode("2580").orElseThrow().getId();
        ChangeRequest partner = changes.requestPartner(given.anna, number, lulea, given.tomas.organisationId(), "Timrå går ur.");
        return Map.of("changeRequest", String.valueOf(budget.getId()), "changePartnerRequest", String.valueOf(partner.getId()));
    }

    private void review(String number, String evaluator) {
        Map<Long, Integer> scores = new HashMap<>();
        Map<Long, String> comments = new HashMap<>();
        for (AssessmentCriterion criterion : given.applications.byNumber(number).getCall().getCriteria()) {
            scores.put(criterion.getId(), 5);
            comments.put(criterion.getId(), "Godtagbart.");
        }
        given.reviews.submitReview(Scenarios.evaluator(evaluator), number, scores, comments);
    }

    private Map<String, String> keysOf(String number) {
        GrantApplication application = given.applications.byNumber(number);
        Map<String, String> values = new HashMap<>();
        values.put("number", number);
        values.put("call", String.valueOf(call.getId()));
        values.put("programme", String.valueOf(call.getProgramme().getId()));
        if (application.getDnr() != null) {
            values.put("dnr", application.getDnr());
        }
        Matcher attachment = Pattern.compile("\"id\":(\\d+)").matcher(
                anna.get("api/applications/" + number + "/attachments", Map.of("Accept", "application/json")).body());
        if (attachment.find()) {
            values.put("attachment", attachment.group(1));
        }
        ejb(Letters.class).of(given.anna, application.getId()).stream().findFirst()
                .ifPresent(letter -> values.put("letter", String.valueOf(letter.getId())));
        return values;
    }

    private static <T> T ejb(Class<T> bean) {
        return Scenarios.ejb(bean);
    }
}
