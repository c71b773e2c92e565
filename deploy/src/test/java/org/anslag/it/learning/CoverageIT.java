package org.anslag.it.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.naming.InitialContext;
import javax.sql.DataSource;
import org.anslag.application.GrantApplication;
import org.anslag.call.FundingCall;
import org.anslag.followup.FollowUps;
import org.anslag.followup.ReportContent;
import org.anslag.followup.TagChoice;
import org.anslag.followup.TermKind;
import org.anslag.followup.Vocabulary;
import org.anslag.followup.VocabularyTerm;
import org.anslag.it.support.Scenarios;
import org.anslag.it.support.WebClient;
import org.anslag.learning.Coverage;
import org.anslag.learning.CoverageFigures;
import org.anslag.organisation.MunicipalityMap;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A programme with three applications in Västernorrland: funded Sundsvall + Timrå, funded
 * Sundsvall + Timrå + Härnösand, and a submitted (not funded) Sundsvall + Timrå + Kramfors, where
 * Sollefteå declined; a draft of Luleå's, and Luleå adopting a result. The coverage page, its
 * figures and the map must agree with counts made independently in SQL, inside the server.
 */
@ExtendWith(ArquillianExtension.class)
public class CoverageIT {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Stockholm"));
    static final URI BASE = URI.create("http://127.0.0.1:" + (8080 + Integer.getInteger("jboss.socket.binding.port-offset", 0))
            + "/anslag/");

    Scenarios given;
    FundingCall call;
    String funded;
    String fundedWithHarnosand;
    String applied;
    VocabularyTerm hinder;

    @BeforeEach
    void aProgrammeInVasternorrland() throws Exception {
        given = new Scenarios();
        call = given.reportsOpenAtOnce(given.reportingOn(given.openCall("5000000", "lars"), TODAY.plusMonths(6)));
        funded = given.followedUp(given.completeDraft(call, "300000"), "lars");
        GrantApplication second = given.completeDraft(call, "200000");
        partner(second.getId(), "2280", "CONFIRMED");
        fundedWithHarnosand = given.followedUp(second, "lars");
        GrantApplication third = given.completeDraft(call, "100000");
        partner(third.getId(), "2282", "CONFIRMED");
        applied = given.applications.submit(given.anna, third.getId()).getNumber();
        partner(third.getId(), "2283", "DECLINED");
        Long lulea = given.organisations.byCode("2580").orElseThrow().getId();
        given.applications.createDraft(new org.anslag.shared.Actor("lina", lulea, Set.of(org.anslag.shared.Role.APPLICANT)),
                call.getId(), "Luleås utkast");
        sql("insert into result_uptake (application_id, organisation_id, kind, result_title, registered_by, registered_at) "
                + "values ((select id from grant_application where application_number = ?), ?, 'ADOPTION', 'Idéslussen', 'lina', ?)",
                funded, lulea, java.sql.Timestamp.from(Instant.now()));
        hinder = Scenarios.ejb(Vocabulary.class).active(call.getProgramme().getId(), TermKind.HINDER).get(0);
        FollowUps followUps = Scenarios.ejb(FollowUps.class);
        followUps.submit(given.anna, funded, new ReportContent("Läget.", Map.of(), List.of(new TagChoice(hinder.getId(), null))));
        followUps.submit(given.anna, fundedWithHarnosand, new ReportContent("Läget.", Map.of(), List.of(new TagChoice(hinder.getId(), null))));
    }

    @Test
    public void theFiguresAgreeWithCountsMadeInSql() throws Exception {
        Long programme = call.getProgramme().getId();
        CoverageFigures figures = Scenarios.ejb(Coverage.class).figures(given.maria, Map.of("programme", programme.toString()));

        Set<String> appliedInSql = codes("""
                select o.code from grant_application a join funding_call c on c.id = a.call_id
                join organisation o on o.id = a.coordinator_id where c.programme_id = ? and a.status <> 'DRAFT' %s
                union
                select o.code from application_partner p join grant_application a on a.id = p.application_id
                join funding_call c on c.id = a.call_id join organisation o on o.id = p.organisation_id
                where c.programme_id = ? and a.status <> 'DRAFT' and p.confirmation not in ('DECLINED', 'LAPSED') %s""", programme, "");
        Set<String> fundedInSql = codes("""
                select o.code from grant_application a join funding_call c on c.id = a.call_id
                join organisation o on o.id = a.coordinator_id where c.programme_id = ? and a.status <> 'DRAFT' %s
                union
                select o.code from application_partner p join grant_application a on a.id = p.application_id
                join funding_call c on c.id = a.call_id join organisation o on o.id = p.organisation_id
                where c.programme_id = ? and a.status <> 'DRAFT' and p.confirmation not in ('DECLINED', 'LAPSED') %s""", programme,
                "and a.status in ('GRANTED', 'CLOSED')");

        assertEquals(Set.of("2281", "2262", "2280", "2282"), appliedInSql, "coordinator and partners, the draft and the decliner left out");
        assertEquals(Set.of("2281", "2262", "2280"), fundedInSql);
        assertEquals(appliedInSql, figures.applied());
        assertEquals(fundedInSql, figures.funded());
        assertEquals(Set.of("2580"), figures.spread(), "Luleå adopted a result and takes no part itself");
        assertEquals(290, figures.municipalities().size());

        CoverageFigures.CountyRow vasternorrland = figures.counties().stream().filter(county -> county.code().equals("22")).findFirst().orElseThrow();
        assertEquals(countInSql("select count(*) from organisation where county_code = '22' and kind = 'MUNICIPALITY'"),
                vasternorrland.municipalities());
        assertEquals(appliedInSql.size(), vasternorrland.participating());
        assertEquals(fundedInSql.size(), vasternorrland.funded());
        assertEquals(21, figures.counties().size());
        assertEquals(appliedInSql.size(), figures.counties().stream().mapToInt(CoverageFigures.CountyRow::participating).sum());

        assertEquals(1, figures.calls().size());
        assertEquals(List.of(3, 4, 3), List.of(figures.calls().get(0).applications(), figures.calls().get(0).participating(),
                figures.calls().get(0).funded()));
        assertEquals("TEST_BED", figures.callTypes().get(0).key());
        assertEquals(Integer.toString(TODAY.getYear()), figures.years().get(0).label());
    }

    @Test
    public void theManagerSeesTheHeadlineTheMapAndTheCountyTableAndDownloadsTheFigure() {
        Long programme = call.getProgramme().getId();
        WebClient maria = signedIn("maria");
        HttpResponse<String> page = maria.get("learning/coverage.xhtml?programme=" + programme);
        assertEquals(200, page.statusCode());
        String html = page.body();
        assertTrue(html.contains("4 av 290 kommuner deltar (1 %)"), "the headline");
        assertTrue(html.contains("3 har beviljade projekt"), "funded in the headline");
        assertTrue(html.contains("1 kommuner till har tagit till sig resultat"), "spread in the headline");
        assertEquals("coverage-coordinator", pathClass(html, "2281"));
        assertEquals("coverage-partner", pathClass(html, "2262"));
        assertEquals("coverage-partner", pathClass(html, "2280"));
        assertEquals("coverage-applied", pathClass(html, "2282"));
        assertEquals("coverage-none", pathClass(html, "2283"), "Sollefteå declined");
        assertEquals("coverage-adopted", pathClass(html, "2580"));
        assertEquals(Scenarios.ejb(MunicipalityMap.class).outlines().size(), count(html, "<path id=\"municipality-"));
        assertTrue(html.matches("(?s).*<tr data-county=\"22\">\\s*<th scope=\"row\">Västernorrlands län</th>\\s*"
                + "<td class=\"number\">7</td>\\s*<td class=\"number\">4</td>\\s*<td class=\"number\">3</td>\\s*<td class=\"number\">57 %</td>.*"),
                "the county table's row of Västernorrland");

        HttpResponse<byte[]> csv = maria.download("api/learning/figures/coverage-by-county.csv?programme=" + programme);
        assertEquals(200, csv.statusCode());
        String rows = new String(csv.body(), StandardCharsets.UTF_8);
        assertTrue(rows.contains("Västernorrlands län") && rows.lines().anyMatch(line -> line.startsWith("Västernorrlands län")
                && line.contains("7") && line.contains("4") && line.contains("3")), rows);
        HttpResponse<byte[]> xlsx = maria.download("api/learning/figures/coverage-by-municipality.xlsx?programme=" + programme);
        assertEquals(200, xlsx.statusCode());
        assertTrue(xlsx.headers().firstValue("Content-Disposition").orElse("").contains("coverage-by-municipality.xlsx"));
    }

    @Test
    public void aBadFilterIsAnsweredNamingItAndAResearcherOfAnotherProgrammeIsRefused() {
        WebClient maria = signedIn("maria");
        HttpResponse<String> badType = maria.get("learning/coverage.xhtml?type=SPACESHIP");
        assertEquals(400, badType.statusCode());
        assertTrue(badType.body().contains("Urvalet Typ av utlysning har ett värde som inte finns (SPACESHIP)"), "names the filter");
        HttpResponse<String> badDate = maria.get("learning/coverage.xhtml?from=yesterday");
        assertEquals(400, badDate.statusCode());
        assertTrue(badDate.body().contains("Inlämnad från och med"), "names the filter");
        assertEquals(404, maria.get("learning/coverage.xhtml?programme=999999999").statusCode());
        assertEquals(422, maria.download("api/learning/figures/coverage-by-year.csv?type=SPACESHIP").statusCode());
        assertEquals(403, signedIn("ingrid").get("learning/coverage.xhtml?programme=" + call.getProgramme().getId()).statusCode());
        assertEquals(403, signedIn("ingrid").download("api/learning/figures/coverage-by-county.xlsx?programme="
                + call.getProgramme().getId()).statusCode());
    }

    @Test
    public void thePublicSeesTheSameAggregatesWithoutPeopleAndTheSuggestions() {
        WebClient anonymous = new WebClient(BASE);
        HttpResponse<String> page = anonymous.get("public/coverage.xhtml?programme=" + call.getProgramme().getId());
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("4 av 290 kommuner deltar (1 %)"), "the headline");
        assertEquals("coverage-coordinator", pathClass(page.body(), "2281"));
        assertFalse(page.body().contains("Anna") || page.body().contains("Lina Nilsson"), "no one's name");
        assertFalse(page.body().contains("api/learning/figures"), "no links the public cannot follow");

        HttpResponse<String> suggestions = anonymous.get("public/suggestions.xhtml?project=" + funded);
        assertEquals(200, suggestions.statusCode());
        String html = suggestions.body();
        assertTrue(html.matches("(?s).*<li data-code=\"2260\"><strong>Ånge kommun</strong>:.*?gränsar till Sundsvalls kommun.*"),
                "Ånge borders Sundsvall");
        assertTrue(html.matches("(?s).*<li data-code=\"2280\"><strong>Härnösands kommun</strong>:.*?rapporterade samma hinder: "
                + Pattern.quote(hinder.getLabelSv()) + ".*"), "Härnösand reported the same hinder in the other project");
        assertFalse(html.contains("data-code=\"2281\"") || html.contains("data-code=\"2262\""), "participants are not suggested");
        assertFalse(html.contains("data-code=\"2580\""), "Luleå adopted already");
        assertEquals(404, anonymous.get("public/suggestions.xhtml?project=XX-0000-0000").statusCode());
        assertEquals(404, anonymous.get("public/suggestions.xhtml?project=" + applied).statusCode(), "not funded: not public");
    }

    @Test
    public void theBoundariesAreImportedOnceAndNeighboursKnown() throws Exception {
        MunicipalityMap map = Scenarios.ejb(MunicipalityMap.class);
        assertEquals(290, map.outlines().size(), "imported at start-up from ANSLAG_REFERENCE_DATA_DIR");
        assertTrue(map.neighbours("2281").containsAll(List.of("2262", "2260")), map.neighbours("2281").toString());
        Path geojson = Path.of(System.getenv("ANSLAG_REFERENCE_DATA_DIR"), "se-municipalities.geojson");
        var again = Scenarios.ejb(org.anslag.organisation.BoundaryImport.class).importGeoJson(
                new org.anslag.shared.Actor("adam", null, Set.of(org.anslag.shared.Role.ADMIN)), Files.readAllBytes(geojson));
        assertTrue(again.alreadyImported(), "the same file is not imported twice");
        assertEquals(1, countInSql("select count(*) from boundary_import"));
    }

    private static String pathClass(String html, String code) {
        Matcher path = Pattern.compile("<path id=\"municipality-" + code + "\" d=\"[^\"]*\" class=\"([^\"]+)\"").matcher(html);
        assertTrue(path.find(), "the map has " + code);
        return path.group(1);
    }

    private static int count(String html, String what) {
        return html.split(Pattern.quote(what), -1).length - 1;
    }

    private static WebClient signedIn(String username) {
        WebClient client = new WebClient(BASE);
        client.signIn(username, "demo");
        return client;
    }

    private static void partner(Long applicationId, String code, String confirmation) throws Exception {
        sql("insert into application_partner (application_id, organisation_id, confirmation) values (?, (select id from organisation where code = ?), ?)",
                applicationId, code, confirmation);
    }

    private static DataSource data() throws Exception {
        return (DataSource) new InitialContext().lookup("java:jboss/datasources/AnslagDS");
    }

    private static void sql(String statement, Object... values) throws Exception {
        try (Connection connection = data().getConnection(); PreparedStatement insert = connection.prepareStatement(statement)) {
            for (int i = 0; i < values.length; i++) {
                insert.setObject(i + 1, values[i]);
            }
            insert.executeUpdate();
        }
    }

    private static int countInSql(String query) throws Exception {
        try (Connection connection = data().getConnection(); PreparedStatement select = connection.prepareStatement(query);
             ResultSet result = select.executeQuery()) {
            result.next();
            return result.getInt(1);
        }
    }

    private static Set<String> codes(String query, Long programme, String extra) throws Exception {
        try (Connection connection = data().getConnection();
             PreparedStatement select = connection.prepareStatement(query.formatted(extra, extra))) {
            select.setLong(1, programme);
            select.setLong(2, programme);
            Set<String> codes = new TreeSet<>();
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    codes.add(result.getString(1));
                }
            }
            return codes;
        }
    }
}
