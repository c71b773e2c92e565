package org.anslag.it.followup;

import static org.anslag.it.support.ServerPages.assertContains;
import static org.anslag.it.support.ServerPages.signedIn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.anslag.call.CallTerms;
import org.anslag.call.CallType;
import org.anslag.call.FundingCall;
import org.anslag.followup.CallIndicators;
import org.anslag.followup.FollowUps;
import org.anslag.followup.Indicator;
import org.anslag.it.support.Html;
import org.anslag.it.support.Scenarios;
import org.anslag.it.support.ServerPages;
import org.anslag.it.support.WebClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A call's indicators through the pages: an idea-hub call starts from the default set, a manager
 * changes, adds and removes indicators, a copied call takes them along, and a project reports a
 * value per indicator that the assessor reads with its total to date against the target.
 */
@ExtendWith(ArquillianExtension.class)
public class CallIndicatorsIT {

    @Test
    public void managersDefineACallsIndicatorsAndProjectsReportThem() {
        Scenarios given = new Scenarios();
        CallIndicators indicators = Scenarios.ejb(CallIndicators.class);
        FollowUps followUps = Scenarios.ejb(FollowUps.class);
        FundingCall call = ideaHubCall(given);
        assertEquals(List.of("Inkomna idéer", "Testade idéer", "Genomförda idéer", "Medverkande medarbetare",
                "Medverkande invånare eller företag"), names(indicators.of(call.getId())), "an idea-hub call starts from the default set");
        assertEquals(List.of(), indicators.of(given.openCall("1000000", "lars").getId()), "other calls start without");

        WebClient maria = signedIn("maria");
        String page = "call/indicators.xhtml?call=" + call.getId();
        assertContains(maria.get("call/edit-call.xhtml?call=" + call.getId()).body(), page);
        String list = maria.get(page).body();
        // a ticked box is posted as a browser would; an unticked one is not posted at all
        Map<String, String> target = Map.of(row(list, "Inkomna idéer") + ":target", "40", row(list, "Inkomna idéer") + ":cumulative", "on");
        assertEquals(302, maria.submit(list, "indicators", target, row(list, "Inkomna idéer") + ":save").statusCode());
        list = maria.get(page).body();
        assertEquals(302, maria.submit(list, "indicators", Map.of(), row(list, "Testade idéer") + ":remove").statusCode());
        Map<String, String> visits = new LinkedHashMap<>(Map.of("indicator:nameSv", "Besök", "indicator:nameEn", "Visits",
                "indicator:unit", "PEOPLE", "indicator:target", "-5", "indicator:addsUp", "on"));
        assertContains(text(maria.submit(maria.get(page).body(), "indicator", visits, "indicator:add")),
                "Mål: Ange noll eller ett positivt tal.", "Besök");
        visits.put("indicator:target", "100");
        assertEquals(302, maria.submit(maria.get(page).body(), "indicator", visits, "indicator:add").statusCode());
        List<Indicator> defined = indicators.of(call.getId());
        assertEquals(List.of("Inkomna idéer", "Genomförda idéer", "Medverkande medarbetare", "Medverkande invånare eller företag",
                "Besök"), names(defined));
        assertEquals(0, new BigDecimal("40").compareTo(defined.get(0).getTarget()));

        Instant opens = Instant.now().plus(60, ChronoUnit.DAYS);
        FundingCall copy = given.calls.copy(given.maria, call.getId(), opens, opens.plus(30, ChronoUnit.DAYS));
        List<Indicator> copied = indicators.of(copy.getId());
        assertEquals(names(defined), names(copied), "a copied call takes the indicators along");
        assertEquals(0, new BigDecimal("40").compareTo(copied.get(0).getTarget()));
        assertEquals("Visits", copied.get(4).name(Locale.ENGLISH));

        String number = given.readyForDecision(given.completeDraft(call, "500000"), "lars");
        given.awards.decide(given.maria, number, true, new BigDecimal("500000"), "Beviljas.", "sv");
        given.awards.acceptAgreement(given.anna, number);
        WebClient anna = signedIn("anna");
        String form = anna.get("followup/submit-progress-report.xhtml?number=" + number).body();
        assertContains(ServerPages.text(form), "Inkomna idéer (antal)", "Hittills: 0 av målet 40", "Besök (personer)");
        Map<String, String> report = new LinkedHashMap<>();
        report.put("report:narrative", "Första perioden.");
        // the whole budget (Sundsvall's personnel, 500 000 kr) spent in the one period: no deviation to explain
        report.put("report:spending:0:amount", "500 000");
        report.put(field(form, "Inkomna idéer"), "12");
        report.put(field(form, "Genomförda idéer"), "2,5");
        report.put(field(form, "Medverkande medarbetare"), "-1");
        report.put(field(form, "Medverkande invånare eller företag"), "många");
        report.put(field(form, "Besök"), "");
        assertContains(text(anna.submit(form, "report", report, "report:submit")), "Genomförda idéer: Ange ett heltal.",
                "Medverkande medarbetare: Ange noll eller ett positivt tal.",
                "Medverkande invånare eller företag: Ange ett tal, till exempel 12 eller 12,5.",
                "Besök: Fyll i det här fältet.", "value=\"många\"");
        assertTrue(followUps.latestOf(number).isEmpty(), "nothing is saved on a slip");
        report.put(field(form, "Genomförda idéer"), "4");
        report.put(field(form, "Medverkande medarbetare"), "1 200");
        report.put(field(form, "Medverkande invånare eller företag"), "150");
        report.put(field(form, "Besök"), "35");
        HttpResponse<String> sent = anna.submit(form, "report", report, "report:submit");
        assertEquals(302, sent.statusCode(), sent.body());
        var saved = followUps.latestOf(number).orElseThrow();
        assertEquals(0, new BigDecimal("12").compareTo(saved.valueOf(defined.get(0).getId())));
        assertEquals(0, new BigDecimal("1200").compareTo(saved.valueOf(defined.get(2).getId())));

        String assessment = text(signedIn("lars").get("followup/assess-progress-report.xhtml?number=" + number));
        assertContains(assessment.replaceAll("<[^>]+>", " ").replace('\u00a0', ' ').replaceAll("\\s+", " "), "Inkomna idéer (antal) 12 12 40",
                "Medverkande medarbetare (personer) 1 200 – –", "Besök (personer) 35 35 100");

        list = maria.get(page).body();
        assertContains(text(maria.submit(list, "indicators", Map.of(), row(list, "Inkomna idéer") + ":remove")),
                "”Inkomna idéer” har redan rapporterats och kan inte tas bort");
        assertEquals(5, indicators.of(call.getId()).size());
    }

    private static FundingCall ideaHubCall(Scenarios given) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        var programme = given.calls.createProgramme(given.maria, "Indikatorer " + now.toEpochMilli(), new BigDecimal("10000000"),
                LocalDate.now().minusDays(1), LocalDate.now().plusYears(2), "Testprogram");
        given.pool.add(given.maria, programme.getId(), "lars", false, null);
        FundingCall call = given.calls.createCall(given.maria, programme.getId(), new CallTerms("Idéslussar " + now.toEpochMilli(),
                CallType.IDEA_HUB, now.minus(1, ChronoUnit.HOURS), now.plus(30, ChronoUnit.DAYS), new BigDecimal("5000000"),
                new BigDecimal("1000000"), List.of(new CallTerms.Criterion("Nytta", 50), new CallTerms.Criterion("Genomförbarhet", 50))));
        return given.calls.publish(given.maria, call.getId());
    }

    private static List<String> names(List<Indicator> indicators) {
        return indicators.stream().map(Indicator::getNameSv).toList();
    }

    /** The name of the report form's field for an indicator, by the start of its label. */
    private static String field(String html, String name) {
        Matcher label = Pattern.compile("<label for=\"(report:indicators:\\d+:value)\"[^>]*>" + Pattern.quote(name) + " \\(")
                .matcher(Html.unescape(html));
        assertTrue(label.find(), "the form asks for " + name);
        return label.group(1);
    }

    /** The client-id prefix of the indicators table's row, e.g. indicators:list:2 */
    private static String row(String html, String nameSv) {
        Matcher row = Pattern.compile("for=\"(indicators:list:\\d+):nameSv\"[^>]*>[^<]*– " + Pattern.quote(nameSv) + "<")
                .matcher(Html.unescape(html));
        assertTrue(row.find(), "the page lists " + nameSv);
        return row.group(1);
    }

    private static String text(HttpResponse<String> response) {
        return ServerPages.text(response.body());
    }
}
