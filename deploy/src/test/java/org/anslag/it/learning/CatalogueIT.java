package org.anslag.it.learning;

import static org.anslag.it.support.ServerPages.assertContains;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.anslag.application.ApplicationStatus;
import org.anslag.application.GrantApplication;
import org.anslag.award.Awards;
import org.anslag.call.FundingCall;
import org.anslag.followup.FollowUps;
import org.anslag.followup.ReportContent;
import org.anslag.followup.TagChoice;
import org.anslag.followup.TermKind;
import org.anslag.followup.Vocabulary;
import org.anslag.followup.VocabularyTerm;
import org.anslag.it.support.MailServer;
import org.anslag.it.support.Scenarios;
import org.anslag.it.support.ServerPages;
import org.anslag.it.support.WebClient;
import org.anslag.learning.UptakeKind;
import org.anslag.learning.Uptakes;
import org.anslag.shared.Actor;
import org.anslag.shared.Role;
import org.anslag.shared.RuleViolation;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The public results catalogue on the real server: eleven funded projects of one programme (one of
 * them closed with a reusable result and a reported hinder), a draft and a rejected application;
 * the public sees the funded ones only, finds them by text, theme, county and tag, pages through
 * them, and reads no person's name or e-mail. Luleå registers its interest once however often it
 * clicks, Timrå (a partner) cannot take up its own project, and the coordinator is told by mail.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
public class CatalogueIT {

    private static final String ANNA_MAIL = "anna@demo.anslag.se";
    private static final String INTEREST_SUBJECT = "Luleå kommun vill använda resultaten från";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Stockholm"));

    @Resource(lookup = "java:jboss/datasources/AnslagDS")
    DataSource database;

    /** Runs in the test JVM only (Arquillian skips it in the server): the SMTP server the server mails to. */
    @BeforeAll
    static void mailServer() {
        MailServer.start();
    }

    @Test
    @Order(1)
    public void thePublicFindsFundedProjectsOnlyPagesThroughThemAndLinaRegistersInterestOnce() throws Exception {
        Scenarios given = new Scenarios();
        String token = "Katalog" + UUID.randomUUID().toString().substring(0, 8);
        FundingCall call = given.reportingOn(given.openCall("9000000", "lars"), TODAY.plusMonths(6));
        List<String> funded = new ArrayList<>();
        for (int i = 1; i <= 11; i++) {
            funded.add(given.followedUp(draft(given, call, token + " projekt " + i), "lars"));
        }
        String closed = funded.get(0);
        VocabularyTerm hinder = Scenarios.ejb(Vocabulary.class).active(call.getProgramme().getId(), TermKind.HINDER).get(0);
        FollowUps followUps = Scenarios.ejb(FollowUps.class);
        followUps.submit(given.anna, closed, new ReportContent("Perioden är klar.", Map.of(),
                List.of(new TagChoice(hinder.getId(), "Anna Lindqvist fick för lite tid."))));
        followUps.assess(Scenarios.evaluator("lars"), closed, 6, "Godkänd.");
        given.closeWithFinalReport(closed, "lars", "400000");
        GrantApplication draft = draft(given, call, token + " utkast");
        String rejected = given.readyForDecision(draft(given, call, token + " avslag"), "lars");
        Scenarios.ejb(Awards.class).decide(given.maria, rejected, false, null, "Avslås.", "sv");
        given.awaitStatus(rejected, ApplicationStatus.REJECTED);

        WebClient visitor = visitor();
        String first = text(visitor.get(search("text=" + token)).body());
        assertContains(first, "11 projekt · sida 1 av 2", token + " projekt 11", "Sundsvalls kommun, Timrå kommun",
                "Testbädd", "Projektledare, Sundsvalls kommun", "Pågående", "Resultaten redovisas i slutrapporten");
        assertFalse(first.contains(token + " utkast") || first.contains(token + " avslag"), "no draft, no rejected application");
        assertEquals(10, count(first, "class=\"catalogue-entry\""), "ten projects on a page");
        Matcher next = Pattern.compile("id=\"next-page\" href=\"/anslag/([^\"]+)\"").matcher(first);
        assertTrue(next.find(), "a link to the next page");
        String nextAddress = next.group(1).replace("&amp;", "&");
        assertEquals("public/results.xhtml?text=" + token + "&page=2", nextAddress, "the next page keeps the search");
        String second = text(visitor.get(nextAddress).body());
        assertContains(second, "11 projekt · sida 2 av 2", token + " projekt 1<", "id=\"previous-page\"",
                "Idéslussens arbetssätt (CC BY 4.0 (erkännande))", "Avslutat", hinder.getLabelSv());
        assertEquals(1, count(second, "class=\"catalogue-entry\""));
        assertContains(text(visitor.get("public/results.xhtml?text=&theme=&county=&tag=&page=").body()), "sida 1 av");

        assertContains(text(visitor.get(search("text=" + token + "&county=22&theme=TEST_BED")).body()), "11 projekt");
        assertContains(text(visitor.get(search("text=" + token + "&county=25")).body()), "0 projekt", "Inga projekt matchar sökningen.");
        assertContains(text(visitor.get(search("text=" + token + "&theme=IDEA_HUB")).body()), "0 projekt");
        String tagged = text(visitor.get(search("text=" + token + "&tag=" + hinder.getId())).body());
        assertContains(tagged, "1 projekt · sida 1 av 1", token + " projekt 1<", hinder.getLabelSv());
        assertFalse(text(visitor.get(search("text=" + "IDÉSLUSSENS arbetssätt")).body()).contains("Inga projekt matchar"),
                "the text is looked for in the results too, whatever the case");

        HttpResponse<String> garbled = visitor.get(search("text=" + token + "&page=två&county=99"));
        assertEquals(400, garbled.statusCode());
        assertContains(text(garbled.body()), "Sökfältet Län har ett värde som inte finns",
                "Sökfältet Sida har ett värde som inte finns", "11 projekt · sida 1 av 2");
        // a browser that prefers English still gets the page's language (Swedish until the visitor
        // switches), also for a message raised while the address's parameters are read
        HttpResponse<String> inEnglishBrowser = new WebClient(visitor.base())
                .get(search("text=" + token + "&county=99"), Map.of("Accept-Language", "en-US,en;q=0.9"));
        assertContains(text(inEnglishBrowser.body()), "Sökfältet Län har ett värde som inte finns");

        String page = text(visitor.get("public/result.xhtml?project=" + closed).body());
        assertContains(page, token + " projekt 1", "Idéslussens arbetssätt", "Mallar och rutiner för att ta emot idéer.",
                "CC BY 4.0", "Innovationsledare, Sundsvalls kommun", "Projektledare, Sundsvalls kommun",
                hinder.getLabelSv(), "Spridning till andra kommuner", "Vi vill använda detta", "Vi har infört detta");
        for (String personal : List.of("Anna Lindqvist", "Tomas Berg", "Lars Holm", ANNA_MAIL, "innovation@sundsvall.se",
                "fick för lite tid")) {
            assertFalse(first.contains(personal) || second.contains(personal) || page.contains(personal),
                    "no personal data on the public pages: " + personal);
        }
        assertEquals(404, visitor.get("public/result.xhtml?project=" + draft.getNumber()).statusCode(), "a draft is unknown");
        assertEquals(404, visitor.get("public/result.xhtml?project=" + rejected).statusCode(), "a rejected application is unknown");
        assertEquals(404, visitor.get("public/result.xhtml?project=%3Cscript%3E").statusCode());
        assertEquals(404, visitor.get("public/result.xhtml").statusCode());

        String project = funded.get(1);
        HttpResponse<String> anonymous = visitor.get("uptake/register.xhtml?project=" + project + "&kind=INTEREST");
        assertEquals(302, anonymous.statusCode(), "an anonymous visitor signs in first");
        WebClient lina = ServerPages.signedIn("lina");
        String form = lina.get("uptake/register.xhtml?project=" + project + "&kind=INTEREST").body();
        assertContains(text(form), "Registreras för", "Luleå kommun", "Registrera intresse");
        Map<String, String> fields = Map.of("uptake:note", "Vi vill prova arbetssättet i Luleå.");
        assertEquals(302, lina.submit(form, "uptake", fields, "uptake:register").statusCode());
        assertEquals(302, lina.submit(form, "uptake", fields, "uptake:register").statusCode(), "a double click is no error");
        assertContains(text(lina.get("uptake/register.xhtml?project=" + project + "&kind=INTEREST").body()),
                "Luleå kommun har redan registrerat intresse för det här projektet.");
        assertContains(text(visitor.get("public/result.xhtml?project=" + project).body()), "Intresse från Luleå kommun");
        assertFalse(visitor.get("public/result.xhtml?project=" + project).body().contains("prova arbetssättet"),
                "the note goes to the project, not to the public");
        assertEquals(1, rows("select count(*) from result_uptake u join grant_application a on a.id = u.application_id"
                + " where a.application_number = ?", project));
        assertEquals(1, rows("select count(*) from outbox_message where dedupe_key = ?",
                "uptake.INTEREST:" + project + ":2580:anna"), "the coordinator is told once");

        Uptakes uptakes = Scenarios.ejb(Uptakes.class);
        Actor linaActor = new Actor("lina", given.organisations.byCode("2580").orElseThrow().getId(), Set.of(Role.APPLICANT));
        assertFalse(uptakes.register(linaActor, project, UptakeKind.INTEREST, null), "registered already");
        assertTrue(uptakes.register(linaActor, project, UptakeKind.ADOPTION, null), "an adoption is a registration of its own");
        assertContains(text(visitor.get(search("text=" + token)).body()), "Infört av");
        assertEquals("uptake.ownProject", assertThrows(RuleViolation.class,
                () -> uptakes.register(given.tomas, project, UptakeKind.ADOPTION, null)).messageKey());
        assertContains(text(ServerPages.signedIn("tomas").get("uptake/register.xhtml?project=" + project + "&kind=ADOPTION").body()),
                "Timrå kommun deltar i projektet och kan inte registrera spridning av sina egna resultat.");
        assertEquals(403, ServerPages.signedIn("maria").get("uptake/register.xhtml?project=" + project + "&kind=ADOPTION")
                .statusCode(), "only a municipality's applicant registers");
        assertEquals(404, lina.get("uptake/register.xhtml?project=" + project + "&kind=MAYBE").statusCode());
        assertEquals(404, lina.get("uptake/register.xhtml?project=" + draft.getNumber() + "&kind=ADOPTION").statusCode());
    }

    @Test
    @Order(2)
    @RunAsClient
    public void theCoordinatorIsToldOfTheInterestByMail() {
        var mails = MailServer.await(ANNA_MAIL, INTEREST_SUBJECT, 1, Duration.ofSeconds(60));
        assertFalse(mails.isEmpty(), "the coordinator's applicant is told");
        String body = MailServer.body(mails.get(0));
        assertTrue(body.contains("Luleå kommun har anmält intresse") && body.contains("Vi vill prova arbetssättet i Luleå.")
                && body.contains("public/result.xhtml?project="), body);
    }

    private static GrantApplication draft(Scenarios given, FundingCall call, String title) {
        GrantApplication draft = given.completeDraft(call, "500000");
        return given.applications.saveDraft(given.anna, draft.getId(), draft.getVersion(), title, draft.getSummary(),
                draft.getRequestedAmount());
    }

    private static WebClient visitor() {
        return new WebClient(URI.create("http://127.0.0.1:" + (8080 + Integer.getInteger("jboss.socket.binding.port-offset", 0))
                + "/anslag/"));
    }

    private static String search(String query) {
        return "public/results.xhtml?" + Pattern.compile("=([^&]*)").matcher(query)
                .replaceAll(m -> "=" + Matcher.quoteReplacement(URLEncoder.encode(m.group(1), StandardCharsets.UTF_8)));
    }

    /** The page's text with the no-break spaces read as plain ones. */
    private static String text(String html) {
        return ServerPages.text(html).replace('\u00a0', ' ').replace('\u202f', ' ');
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }

    private int rows(String sql, String parameter) throws SQLException {
        try (Connection connection = database.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getInt(1);
            }
        }
    }
}
