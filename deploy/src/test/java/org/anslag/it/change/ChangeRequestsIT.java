package org.anslag.it.change;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.anslag.it.support.Ears;
import org.anslag.it.support.Html;
import org.anslag.it.support.Scenarios;
import org.anslag.it.support.WebClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
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

    @Deployment
    public static EnterpriseArchive deployment() {
        return Ears.withClassesInWebModule(ChangeRequestsIT.class, Scenarios.class, WebClient.class, Html.class);
    }

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
        assertThat(text(request)).contains("Nuvarande slutdatum: " + lastEnd);
        String notLater = text(anna.submit(request, "extension", Map.of("extension:newEnd_input", lastEnd.toString(),
                "extension:justification", "Leveransen av utrustning är försenad."), "extension:request-extension"));
        assertThat(notLater).contains("Nytt slutdatum: ange ett datum efter nuvarande slutdatum " + lastEnd)
                .as("what was typed stays").contains("Leveransen av utrustning är försenad.");
        LocalDate newEnd = lastEnd.plusDays(61);
        assertThat(anna.submit(request, "extension", Map.of("extension:newEnd_input", newEnd.toString(),
                "extension:justification", "Leveransen av utrustning är försenad."), "extension:request-extension").statusCode())
                .as("asked, and sent on to the application").isEqualTo(302);
        String again = text(anna.submit(request, "extension", Map.of("extension:newEnd_input", newEnd.plusDays(1).toString(),
                "extension:justification", "En gång till."), "extension:request-extension"));
        assertThat(again).contains("Det finns redan en öppen begäran av det här slaget");

        String withRow = anna.submit(anna.get("change/request-change.xhtml?number=" + number).body(), "reallocation",
                reallocation(given.anna.organisationId(), null, year, timra, "500000", "0"), "reallocation:add-row").body();
        String rises = text(anna.submit(withRow, "reallocation", reallocation(given.anna.organisationId(), withRow, year, timra, "350000", "150001"),
                "reallocation:request-reallocation"));
        assertThat(rises).contains("Budget: bidraget blir 500\u00A0001\u00A0kr, mer än de beviljade 500\u00A0000\u00A0kr");
        assertThat(anna.submit(withRow, "reallocation", reallocation(given.anna.organisationId(), withRow, year, timra, "350000", "150000"),
                "reallocation:request-reallocation").statusCode()).isEqualTo(302);

        ChangeRequests changes = Scenarios.ejb(ChangeRequests.class);
        List<ChangeRequest> asked = changes.ofApplication(given.anna, applicationId);
        ChangeRequest extension = asked.stream().filter(c -> c.getKind() == ChangeKind.EXTENSION).findFirst().orElseThrow();
        ChangeRequest budget = asked.stream().filter(c -> c.getKind() == ChangeKind.BUDGET_REALLOCATION).findFirst().orElseThrow();

        WebClient lina = signedIn("lina");
        assertThat(lina.get("change/request-change.xhtml?number=" + number).statusCode()).isEqualTo(403);
        assertThat(lina.get("change/decide-change.xhtml?request=" + extension.getId()).statusCode()).isEqualTo(403);
        assertThat(signedIn("tomas").get("change/request-change.xhtml?number=" + number).statusCode())
                .as("a partner does not ask for changes").isEqualTo(403);

        WebClient maria = signedIn("maria");
        assertThat(maria.get("workflow/tasks.xhtml").body())
                .contains("change/decide-change.xhtml?request=" + budget.getId())
                .contains("change/decide-change.xhtml?request=" + extension.getId());
        String decideBudget = maria.get("change/decide-change.xhtml?request=" + budget.getId()).body();
        assertThat(text(decideBudget)).contains("Flyttat bidrag: 150\u00A0000\u00A0kr").doesNotContain("fyra ögon");
        assertThat(text(maria.submit(decideBudget, "decision", Map.of("decision:reason", " "), "decision:refuse")))
                .contains("Motivering till beslutet: skriv varför ändringen avslås.");
        assertThat(maria.submit(decideBudget, "decision", Map.of("decision:reason", ""), "decision:approve").statusCode())
                .isEqualTo(302);
        assertThat(given.budgets.ofApplication(applicationId).entries()).containsExactly(
                new BudgetEntry(given.anna.organisationId(), year, CostCategory.PERSONNEL, amount("350000"), amount("0")),
                new BudgetEntry(timra, year, CostCategory.EXTERNAL_SERVICES, amount("150000"), amount("0")));

        String decideExtension = maria.get("change/decide-change.xhtml?request=" + extension.getId()).body();
        assertThat(text(decideExtension)).contains("fyra ögon");
        maria.submit(decideExtension, "decision", Map.of("decision:reason", "Rimligt."), "decision:approve");
        assertThat(changes.view(given.maria, extension.getId()).getStatus()).isEqualTo(ChangeStatus.AWAITING_SECOND_APPROVAL);
        assertThat(scheduleOf(applicationId)).as("nothing moves before the second approval").containsExactly(firstEnd, lastEnd);
        String secondTry = maria.get("change/decide-change.xhtml?request=" + extension.getId()).body();
        assertThat(text(maria.submit(secondTry, "decision", Map.of("decision:reason", ""), "decision:approve")))
                .contains("Du har redan godkänt den här ändringen");
        WebClient per = signedIn("per");
        String perDecides = per.get("change/decide-change.xhtml?request=" + extension.getId()).body();
        assertThat(per.submit(perDecides, "decision", Map.of("decision:reason", ""), "decision:approve").statusCode()).isEqualTo(302);

        assertThat(scheduleOf(applicationId)).as("the reported period stays, the last moves").containsExactly(firstEnd, newEnd);
        List<Installment> plan = Scenarios.ejb(Disbursements.class).planOf(given.maria, applicationId);
        assertThat(plan).extracting(Installment::getDueOn)
                .containsExactly(TODAY, firstEnd.plusDays(30), newEnd.plusDays(30));

        String page = text(anna.get("application/application.xhtml?number=" + number).body());
        assertThat(page).contains("Ändringar under projektet", "Förlängning av slutdatum: från " + lastEnd + " till " + newEnd,
                "Omfördelning av budgeten: 150\u00A0000\u00A0kr flyttas", "Leveransen av utrustning är försenad.", "Godkänd",
                "först godkänd av");
        assertThat(page).doesNotContain("Väntar på beslut");

        anna.submit(anna.get("change/request-change.xhtml?number=" + number).body(), "extension",
                Map.of("extension:newEnd_input", newEnd.plusDays(30).toString(), "extension:justification", "Mer tid."),
                "extension:request-extension");
        ChangeRequest later = changes.ofApplication(given.anna, applicationId).get(0);
        String refuse = maria.get("change/decide-change.xhtml?request=" + later.getId()).body();
        maria.submit(refuse, "decision", Map.of("decision:reason", "Förlängningen är inte motiverad."), "decision:refuse");
        assertThat(scheduleOf(applicationId)).as("a refused change changes nothing").containsExactly(firstEnd, newEnd);
        assertThat(text(anna.get("application/application.xhtml?number=" + number).body()))
                .contains("Avslagen", "Förlängningen är inte motiverad.");
    }

    /** Sundsvall with Timrå, granted 500 000 kr, two reporting periods, a four-eyes limit of 200 000 kr. */
    private static String runningGrant(Scenarios given, LocalDate firstEnd, LocalDate lastEnd) {
        FundingCall call = given.openCall("5000000", "erik");
        given.calls.describe(given.maria, call.getId(), new CallTexts(call.getTitleEn(), call.getDescriptionSv(),
                call.getDescriptionEn()), call.getRules(), List.of(firstEnd, lastEnd));
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
