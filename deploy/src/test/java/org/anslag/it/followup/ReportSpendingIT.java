package org.anslag.it.followup;

import static org.anslag.it.support.ServerPages.assertContains;
import static org.anslag.it.support.ServerPages.signedIn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.anslag.application.GrantApplication;
import org.anslag.budget.BudgetEntry;
import org.anslag.budget.CostCategory;
import org.anslag.call.FundingCall;
import org.anslag.followup.CostHeading;
import org.anslag.followup.FollowUps;
import org.anslag.followup.ProgressReport;
import org.anslag.followup.ReportSpread;
import org.anslag.followup.Spending;
import org.anslag.it.support.Scenarios;
import org.anslag.it.support.ServerPages;
import org.anslag.it.support.WebClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Spending and spread on the progress report, through the pages as the coordinator and the
 * assessor use them: a deviation above 10 % without an explanation is refused naming its line and
 * keeping what was typed; the project's own municipality is refused as spread; the revision starts
 * from the version sent back; the assessor sees both versions' spending and spread side by side;
 * the spending to date counts each period's newest version once.
 */
@ExtendWith(ArquillianExtension.class)
public class ReportSpendingIT {

    private static final String SUNDSVALL_PERSONNEL = "report:spending:0:";
    private static final String TIMRA_SERVICES = "report:spending:1:";

    @Test
    public void spendingIsReportedAgainstTheBudgetAndSpreadToOtherMunicipalities() {
        Scenarios given = new Scenarios();
        FollowUps followUps = Scenarios.ejb(FollowUps.class);
        Spending spending = Scenarios.ejb(Spending.class);
        String number = twoPeriodGrant(given);
        Long applicationId = given.applications.byNumber(number).getId();
        Long sundsvall = given.anna.organisationId();
        Long timra = given.tomas.organisationId();

        WebClient anna = signedIn("anna");
        String formPath = "followup/submit-progress-report.xhtml?number=" + number;
        String form = anna.get(formPath).body();
        assertContains(plain(form), "Använda medel per organisation och kostnadsslag", "efter period 2 av 4 halva budgeten",
                "Sundsvalls kommun", "Personal", "300 000 kr", "Timrå kommun", "Köpta tjänster", "100 000 kr");
        Map<String, String> report = new LinkedHashMap<>();
        report.put("report:narrative", "Första perioden.");
        report.put(SUNDSVALL_PERSONNEL + "amount", "150 000");
        report.put(TIMRA_SERVICES + "amount", "20 000");
        String refused = plain(anna.submit(form, "report", report, "report:submit").body());
        assertContains(refused, "Timrå kommun, Köpta tjänster: Det som använts hittills avviker mer än 10 % från det förväntade. "
                + "Förklara avvikelsen.", "value=\"20 000\"", "Förklaring till avvikelsen: Timrå kommun, Köpta tjänster");
        assertContains(words(refused), "-60 % – mer än 10 %", "0 %");
        assertFalse(refused.contains("Sundsvalls kommun, Personal: Det som"), "the line on budget is not blamed");
        assertTrue(followUps.latestOf(number).isEmpty(), "nothing is saved on a slip");
        report.put(TIMRA_SERVICES + "amount", "-5");
        assertContains(plain(anna.submit(form, "report", report, "report:submit").body()),
                "Timrå kommun, Köpta tjänster: Beloppet får inte vara negativt.", "value=\"-5\"");

        String partner = plain(addSpread(anna, form, "Timrå", "INTERESTED", ""));
        assertContains(partner, "Kommun: Timrå kommun deltar i projektet och räknas inte som en annan kommun.", "value=\"Timrå\"");
        assertContains(plain(addSpread(anna, form, "Atlantis", "INTERESTED", "")), "Ingen kommun heter ”Atlantis”");
        assertContains(plain(addSpread(anna, form, "2584", "ADOPTED", "Inför idéslussen 2027.")), "Kiruna kommun (2584)");
        assertContains(plain(addSpread(anna, form, "Kiruna", "INTERESTED", "")), "Kommun: Kiruna kommun finns redan i listan.");
        assertContains(plain(addSpread(anna, form, "Luleå kommun (2580)", "INTERESTED", "")), "Luleå kommun (2580)");

        report.put(TIMRA_SERVICES + "amount", "20 000");
        report.put(TIMRA_SERVICES + "explanation", "Upphandlingen av konsulter blev försenad.");
        report.put("report:spread-rows:0:kind", "ADOPTED");
        report.put("report:spread-rows:0:note", "Inför idéslussen 2027.");
        report.put("report:spread-rows:1:kind", "INTERESTED");
        report.put("report:spread-rows:1:note", "");
        HttpResponse<String> sent = anna.submit(form, "report", report, "report:submit");
        assertEquals(302, sent.statusCode(), sent.body());
        ProgressReport first = followUps.latestOf(number).orElseThrow();
        assertEquals(List.of("Kiruna kommun ADOPTED Inför idéslussen 2027.", "Luleå kommun INTERESTED null"), spread(first));
        assertEquals(Map.of(new CostHeading(sundsvall, CostCategory.PERSONNEL), new BigDecimal("150000.00"),
                new CostHeading(timra, CostCategory.EXTERNAL_SERVICES), new BigDecimal("20000.00")), spending.spentToDate(applicationId));
        assertEquals(Map.of(new CostHeading(sundsvall, CostCategory.PERSONNEL), new BigDecimal("300000"),
                new CostHeading(timra, CostCategory.EXTERNAL_SERVICES), new BigDecimal("100000")), normalised(spending.approvedBudget(applicationId)));

        followUps.sendBack(Scenarios.evaluator("lars"), number, 3, "Förklara hur Kiruna kommun tog till sig idéerna.");
        String revision = anna.get(formPath).body();
        String revisionText = plain(revision);
        assertTrue(revisionText.indexOf("Förklara hur Kiruna kommun tog till sig idéerna.") < revisionText.indexOf("Första perioden."),
                "the assessor's comment comes first");
        assertContains(revisionText, ">Första perioden.</textarea>", "value=\"150 000\"", "value=\"20 000\"",
                "Upphandlingen av konsulter blev försenad.</textarea>", "<th scope=\"row\">Kiruna kommun (2584)</th>", "value=\"Inför idéslussen 2027.\"",
                "<th scope=\"row\">Luleå kommun (2580)</th>");
        Map<String, String> revised = new LinkedHashMap<>();
        revised.put("report:narrative", "Första perioden. Kiruna kommun har infört idéslussens arbetssätt.");
        revised.put(SUNDSVALL_PERSONNEL + "amount", "150 000");
        revised.put(TIMRA_SERVICES + "amount", "45 000");
        revised.put(TIMRA_SERVICES + "explanation", "");
        revised.put("report:spread-rows:0:kind", "ADOPTED");
        revised.put("report:spread-rows:0:note", "Inför idéslussen 2027.");
        revised.put("report:spread-rows:1:kind", "INTERESTED");
        revised.put("report:spread-rows:1:note", "Har bett om materialet.");
        sent = anna.submit(revision, "report", revised, "report:submit");
        assertEquals(302, sent.statusCode(), "10 % below the expectation needs no explanation: " + plain(sent.body()));
        assertEquals(new BigDecimal("45000.00"), spending.spentToDate(applicationId).get(new CostHeading(timra, CostCategory.EXTERNAL_SERVICES)),
                "the revision replaces the period's spending, it does not add to it");

        String assessment = words(signedIn("lars").get("followup/assess-progress-report.xhtml?number=" + number).body());
        assertContains(assessment, "Version 1", "Version 2", "Använt av Timrå kommun, Köpta tjänster", "20 000 kr",
                "-60 % – mer än 10 %", "Förklaring till avvikelsen: ”Upphandlingen av konsulter blev försenad.”", "45 000 kr",
                "-10 %", "Kiruna kommun (2584): Har infört resultaten – ”Inför idéslussen 2027.”",
                "Luleå kommun (2580): Har visat intresse – ”Har bett om materialet.”");
        assertContains(assessment, "Förväntat hittills", "Timrå kommun Köpta tjänster 100 000 kr 45 000 kr 45 000 kr 50 000 kr -10 %",
                "Sundsvalls kommun Personal 300 000 kr 150 000 kr 150 000 kr 150 000 kr 0 %");
    }

    /** Granted and accepted with two reporting periods and a budget of two lines: Sundsvall's staff, Timrå's bought services. */
    private static String twoPeriodGrant(Scenarios given) {
        FundingCall call = given.reportingOn(given.openCall("5000000", "lars"),
                LocalDate.now().plusMonths(3), LocalDate.now().plusMonths(9));
        GrantApplication draft = given.completeDraft(call, "400000");
        int year = call.getClosesAt().atZone(ZoneId.of("Europe/Stockholm")).getYear();
        given.budgets.save(given.anna, draft.getId(), List.of(
                new BudgetEntry(given.anna.organisationId(), year, CostCategory.PERSONNEL, new BigDecimal("300000"), BigDecimal.ZERO),
                new BudgetEntry(given.tomas.organisationId(), year, CostCategory.EXTERNAL_SERVICES, new BigDecimal("100000"), BigDecimal.ZERO)));
        String number = given.readyForDecision(draft, "lars");
        given.awards.decide(given.maria, number, true, new BigDecimal("400000"), "Beviljas.", "sv");
        given.awards.acceptAgreement(given.anna, number);
        return number;
    }

    /**
     * Adds a municipality to the spread list as the button does in the browser: a background
     * request that sends the form and redraws the list. Returns the redrawn part.
     */
    private static String addSpread(WebClient client, String page, String typed, String kind, String note) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("report", "report");
        fields.put("jakarta.faces.partial.ajax", "true");
        fields.put("jakarta.faces.source", "report:add-spread");
        fields.put("jakarta.faces.partial.execute", "report:add-spread report:spread");
        fields.put("jakarta.faces.partial.render", "report:spread");
        fields.put("report:add-spread", "report:add-spread");
        fields.put("report:spread-search", typed);
        fields.put("report:spread-kind", kind);
        fields.put("report:spread-note", note);
        fields.put("jakarta.faces.ViewState", WebClient.viewState(page));
        HttpResponse<String> answer = client.post(client.formAction(page, "report").orElseThrow(), fields);
        assertEquals(200, answer.statusCode(), answer.body());
        return answer.body();
    }

    private static List<String> spread(ProgressReport report) {
        return report.getSpread().stream().map((ReportSpread entry) -> entry.getMunicipality().getName() + " " + entry.getKind()
                + " " + entry.getNote()).toList();
    }

    private static Map<CostHeading, BigDecimal> normalised(Map<CostHeading, BigDecimal> amounts) {
        Map<CostHeading, BigDecimal> plain = new LinkedHashMap<>();
        amounts.forEach((heading, amount) -> plain.put(heading, amount.setScale(0)));
        return plain;
    }

    /** The page's words: no markup, runs of white space as one space. */
    private static String words(String html) {
        return plain(html).replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ");
    }

    /** The markup decoded, with no-break spaces as spaces and the minus sign as a hyphen. */
    private static String plain(String html) {
        return ServerPages.text(html).replace('\u00a0', ' ').replace('\u202f', ' ').replace('\u2212', '-');
    }
}
