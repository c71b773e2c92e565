package org.anslag.it.change;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.anslag.award.Disbursements;
import org.anslag.award.Installment;
import org.anslag.budget.BudgetEntry;
import org.anslag.budget.CostCategory;
import org.anslag.call.CallTexts;
import org.anslag.call.FundingCall;
import org.anslag.change.ChangeKind;
import org.anslag.change.ChangeRequest;
import org.anslag.change.ChangeRequests;
import org.anslag.change.ChangeStatus;
import org.anslag.followup.FollowUps;
import org.anslag.followup.ReportContent;
import org.anslag.followup.ReportingPeriod;
import org.anslag.followup.ReportingSchedule;
import org.anslag.it.support.Html;
import org.anslag.it.support.Scenarios;
import org.anslag.it.support.WebClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A running grant's coordinator asks for an end-date extension and a budget reallocation on the
 * page; maria approves the reallocation alone (below the call's four-eyes limit) and the extension
 * with per (above it); the budget, the unreported period and its installment move, and the
 * application page lists both. A refusal needs a reason; another municipality sees nothing (403).
 * The grant is set up through the services; every user step goes over HTTP.
 */
@ExtendWith(ArquillianExtension.class)
public class ChangeRequestsIT {

    private static final Pattern SCRIPT = Pattern.compile("(?s)<script.*?</script>");
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Stockholm"));

    @Test
    public void theCoordinatorAsksManagersDecideAndTheGrantChanges() {
        Scenarios given = new Scenarios();
        LocalDate firstEnd = TODAY.plusDays(35);
        LocalDate lastEnd = TODAY.plusMonths(9);
        String number = runningGrant(given, firstEnd, lastEnd);
        Long applicationId = given.applications.byNumber(number).getId();
        Scenarios.ejb(FollowUps.class).submit(given.anna, number, new ReportContent("Första perioden.", Map.of(), List.of()));
        int year = given.budgets.ofApplication(applicationId).entries().get(0).year();
        Long timra = given.tomas.organisationId();
        WebClient anna = signedIn("anna");

        String request = anna.get("change/request-change.xhtml?number=" + number).body();
        assertContains(text(request), "Nuvarande slutdatum: " + lastEnd);
        String notLater = text(anna.submit(request, "extension", Map.of("extension:newEnd_input", lastEnd.toString(),
                "extension:justification", "Leveransen av utrustning är försenad."), "extension:request-extension"));
        assertContains(notLater, "Nytt slutdatum: ange ett datum efter nuvarande slutdatum " + lastEnd,
                "Leveransen av utrustning är försenad.");
        LocalDate newEnd = lastEnd.plusDays(61);
        assertEquals(302, anna.submit(request, "extension", Map.of("extension:newEnd_input", newEnd.toString(),
                "extension:justification", "Leveransen av utrustning är försenad."), "extension:request-extension").statusCode(),
                "asked, and sent on to the application");
        String again = text(anna.submit(anna.get("change/request-change.xhtml?number=" + number).body(), "extension", Map.of("extension:newEnd_input", newEnd.plusDays(1).toString(),
                "extension:justification", "En gång till."), "extension:request-extension"));
        assertContains(again, "Det finns redan en öppen begäran av det här slaget");

        String withRow = anna.submit(anna.get("change/request-change.xhtml?number=" + number).body(), "reallocation",
                reallocation(given.anna.organisationId(), null, year, timra, "500000", "0"), "reallocation:add-row").body();
        String rises = text(anna.submit(withRow, "reallocation", reallocation(given.anna.organisationId(), withRow, year, timra, "350000", "150001"),
                "reallocation:request-reallocation"));
        assertContains(rises, "Budget: bidraget blir 500\u00A0001\u00A0kr, mer än de beviljade 500\u00A0000\u00A0kr");
        assertEquals(302, anna.submit(withRow, "reallocation", reallocation(given.anna.organisationId(), withRow, year, timra,
                "350000", "150000"), "reallocation:request-reallocation").statusCode());

        ChangeRequests changes = Scenarios.ejb(ChangeRequests.class);
        List<ChangeRequest> asked = changes.ofApplication(given.anna, applicationId);
        ChangeRequest extension = asked.stream().filter(c -> c.getKind() == ChangeKind.EXTENSION).findFirst().orElseThrow();
        ChangeRequest budget = asked.stream().filter(c -> c.getKind() == ChangeKind.BUDGET_REALLOCATION).findFirst().orElseThrow();

        WebClient lina = signedIn("lina");
        assertEquals(403, lina.get("change/request-change.xhtml?number=" + number).statusCode());
        assertEquals(403, lina.get("change/decide-change.xhtml?request=" + extension.getId()).statusCode());
        assertEquals(403, signedIn("tomas").get("change/request-change.xhtml?number=" + number).statusCode(),
                "a partner does not ask for changes");

        WebClient maria = signedIn("maria");
        assertContains(maria.get("workflow/tasks.xhtml").body(),
                "change/decide-change.xhtml?number=" + number + "&amp;request=" + budget.getId() + "\"",
                "change/decide-change.xhtml?number=" + number + "&amp;request=" + extension.getId() + "\"");
        String decideBudget = maria.get("change/decide-change.xhtml?request=" + budget.getId()).body();
        assertContains(text(decideBudget), "Flyttat bidrag: 150\u00A0000\u00A0kr");
        assertFalse(text(decideBudget).contains("fyra ögon"), "150 000 kr is below the limit");
        assertContains(text(maria.submit(decideBudget, "decision", Map.of("decision:reason", " "), "decision:refuse")),
                "Motivering till beslutet: skriv varför ändringen avslås.");
        assertEquals(302, maria.submit(decideBudget, "decision", Map.of("decision:reason", ""), "decision:approve").statusCode());
        assertEquals(List.of(
                new BudgetEntry(given.anna.organisationId(), year, CostCategory.PERSONNEL, amount("350000"), amount("0")),
                new BudgetEntry(timra, year, CostCategory.EXTERNAL_SERVICES, amount("150000"), amount("0"))),
                given.budgets.ofApplication(applicationId).entries());

        String decideExtension = maria.get("change/decide-change.xhtml?request=" + extension.getId()).body();
        assertContains(text(decideExtension), "fyra ögon");
        maria.submit(decideExtension, "decision", Map.of("decision:reason", "Rimligt."), "decision:approve");
        assertEquals(ChangeStatus.AWAITING_SECOND_APPROVAL, changes.view(given.maria, extension.getId()).getStatus());
        assertEquals(List.of(firstEnd, lastEnd), scheduleOf(applicationId), "nothing moves before the second approval");
        String secondTry = maria.get("change/decide-change.xhtml?request=" + extension.getId()).body();
        assertContains(text(maria.submit(secondTry, "decision", Map.of("decision:reason", ""), "decision:approve")),
                "Du har redan godkänt den här ändringen");
        WebClient per = signedIn("per");
        String perDecides = per.get("change/decide-change.xhtml?request=" + extension.getId()).body();
        assertEquals(302, per.submit(perDecides, "decision", Map.of("decision:reason", ""), "decision:approve").statusCode());

        assertEquals(List.of(firstEnd, newEnd), scheduleOf(applicationId), "the reported period stays, the last moves");
        List<Installment> plan = Scenarios.ejb(Disbursements.class).planOf(given.maria, applicationId);
        assertEquals(List.of(TODAY, firstEnd.plusDays(30), newEnd.plusDays(30)),
                plan.stream().map(Installment::getDueOn).toList(), "the last installment moves with its period");

        String page = text(anna.get("application/application.xhtml?number=" + number).body());
        assertContains(page, "Ändringar under projektet", "Förlängning av slutdatum: från " + lastEnd + " till " + newEnd,
                "Omfördelning av budgeten: 150\u00A0000\u00A0kr flyttas", "Leveransen av utrustning är försenad.", "Godkänd",
                "först godkänd av");
        assertFalse(page.contains("Väntar på beslut"), "both are decided");

        anna.submit(anna.get("change/request-change.xhtml?number=" + number).body(), "extension",
                Map.of("extension:newEnd_input", newEnd.plusDays(30).toString(), "extension:justification", "Mer tid."),
                "extension:request-extension");
        ChangeRequest later = changes.ofApplication(given.anna, applicationId).get(0);
        String refuse = maria.get("change/decide-change.xhtml?request=" + later.getId()).body();
        maria.submit(refuse, "decision", Map.of("decision:reason", "Förlängningen är inte motiverad."), "decision:refuse");
        assertEquals(List.of(firstEnd, newEnd), scheduleOf(applicationId), "a refused change changes nothing");
        assertContains(text(anna.get("application/application.xhtml?number=" + number).body()),
                "Avslagen", "Förlängningen är inte motiverad.");
    }

    /** Sundsvall with Timrå, granted 500 000 kr, two reporting periods, a four-eyes limit of 200 000 kr. */
    private static String runningGrant(Scenarios given, LocalDate firstEnd, LocalDate lastEnd) {
        FundingCall call = given.openCall("5000000", "erik");
        given.calls.describe(given.maria, call.getId(), new CallTexts(call.getTitleEn(), call.getDescriptionSv(),
                call.getDescriptionEn()), call.getRules(), List.of(firstEnd, lastEnd));
        given.reportsOpenAtOnce(call);
        String number = given.followedUp(given.completeDraft(call, "500000"), "erik");
        // set after the grant, which would otherwise wait for a second manager itself
        given.calls.planReview(given.maria, call.getId(), 1, 14, new BigDecimal("200000"));
        return number;
    }

    /** The reallocation form: the approved line (Sundsvall's personnel, cost lowered) and, once added, Timrå's line. */
    private static Map<String, String> reallocation(Long sundsvall, String page, int year, Long timra, String sundsvallCost,
                                                    String timraCost) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("reallocation:rows:0:organisation", String.valueOf(sundsvall));
        fields.put("reallocation:rows:0:year", String.valueOf(year));
        fields.put("reallocation:rows:0:category", "PERSONNEL");
        fields.put("reallocation:rows:0:cost", sundsvallCost);
        fields.put("reallocation:rows:0:coFunding", "0");
        if (page != null) {
            fields.put("reallocation:rows:1:organisation", String.valueOf(timra));
            fields.put("reallocation:rows:1:year", String.valueOf(year));
            fields.put("reallocation:rows:1:category", "EXTERNAL_SERVICES");
            fields.put("reallocation:rows:1:cost", timraCost);
            fields.put("reallocation:rows:1:coFunding", "0");
        }
        fields.put("reallocation:justification", "Timrå tar över utvecklingen.");
        return fields;
    }

    private static void assertContains(String text, String... parts) {
        for (String part : parts) {
            assertTrue(text.contains(part), "expected «" + part + "» in: " + text);
        }
    }

    private static List<LocalDate> scheduleOf(Long applicationId) {
        return Scenarios.ejb(ReportingSchedule.class).periodsOf(applicationId).stream().map(ReportingPeriod::getEndsOn).toList();
    }

    private static BigDecimal amount(String kronor) {
        return new BigDecimal(kronor).setScale(2);
    }

    private static WebClient signedIn(String username) {
        WebClient client = new WebClient(URI.create("http://127.0.0.1:"
                + (8080 + Integer.getInteger("jboss.socket.binding.port-offset", 0)) + "/anslag/"));
        client.signIn(username, "demo");
        return client;
    }

    private static String text(HttpResponse<String> response) {
        return text(response.body());
    }

    private static String text(String html) {
        return Html.unescape(SCRIPT.matcher(html).replaceAll("").replaceAll("<[^>]+>", " ").replaceAll("\\s+", " "));
    }
}
