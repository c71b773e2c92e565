package org.anslag.it.opendata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.Resource;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.anslag.application.GrantApplication;
import org.anslag.award.Payments;
import org.anslag.call.FundingCall;
import org.anslag.it.support.Scenarios;
import org.anslag.it.support.WebClient;
import org.anslag.shared.Actor;
import org.anslag.shared.Role;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Funded projects as open data on the real server: the demo history's twelve closed projects and
 * one running project made here (a comma, quotes and a line break in its texts, its advance paid).
 * Inside the server, every grant's amounts and dates are compared with what the database holds;
 * from outside, as an anonymous harvester: the 360Giving package validates against the standard's
 * schemas with formats checked, the CSV has the same grants under the standard's titles, Vinnova's
 * shape has every key with its type, no person's name or e-mail appears anywhere, and nobody may
 * write.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
public class OpenDataIT {

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    private static final LocalDate TODAY = LocalDate.now(STOCKHOLM);
    private static final String PREFIX = "360G-anslag-";
    private static final String TITLE = "Öppna data, \"testbädd\" ";
    private static final String SUMMARY = "Rad ett, med komma.\nRad två med \"citat\".";
    private static final List<String> OUTPUTS = List.of("360giving.json", "360giving.csv", "vinnova.json", "vinnova.csv");
    /** The demo users' names (DemoData) and their e-mail domain. */
    private static final List<String> PEOPLE = List.of("Anna Lindqvist", "Tomas Berg", "Lina Nilsson", "Maria Ek",
            "Per Sandberg", "Erik Nord", "Lars Holm", "Karin Sjöberg", "Nils Berglund", "Sofia Lind", "Fatima Hassan",
            "Adam Ström", "Ingrid Falk", "Olof Sandin", "demo.anslag.se");
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    @Resource(lookup = "java:jboss/datasources/AnslagDS")
    DataSource database;

    @ArquillianResource
    URL deploymentUrl;

    @Test
    @Order(1)
    public void everyFundedProjectIsPublishedWithTheAmountsAndDatesTheApplicationHolds() throws Exception {
        Scenarios given = new Scenarios();
        FundingCall call = given.reportingOn(given.openCall("9000000", "lars"), TODAY.plusMonths(6));
        GrantApplication draft = given.completeDraft(call, "600000");
        draft = given.applications.saveDraft(given.anna, draft.getId(), draft.getVersion(),
                TITLE + UUID.randomUUID().toString().substring(0, 8), SUMMARY, draft.getRequestedAmount());
        String number = given.followedUp(draft, "lars");
        Scenarios.ejb(Payments.class).recordPaid(new Actor("fatima", null, Set.of(Role.FINANCE)), number, 1, TODAY, "OD-1");

        Map<String, JsonObject> published = new HashMap<>();
        JsonObject grantPackage = readJson(inServer("api/open/360giving.json")).asJsonObject();
        grantPackage.getJsonArray("grants").getValuesAs(JsonObject.class)
                .forEach(grant -> published.put(grant.getString("id").substring(PREFIX.length()), grant));

        Map<String, Expected> expected = expected();
        assertTrue(expected.size() >= 13, "the demo history's twelve closed projects and this one: " + expected.keySet());
        assertEquals(expected.keySet(), published.keySet(), "every funded project, and no other");
        expected.forEach((projectNumber, facts) -> {
            JsonObject grant = published.get(projectNumber);
            assertEquals(0, facts.granted().compareTo(grant.getJsonNumber("amountAwarded").bigDecimalValue()),
                    projectNumber + " amount awarded " + grant);
            assertEquals(0, facts.paid().compareTo(grant.getJsonNumber("amountDisbursed").bigDecimalValue()),
                    projectNumber + " amount disbursed " + grant);
            assertEquals(facts.awarded().toString(), grant.getString("awardDate"), projectNumber + " award date");
            assertEquals("SE-KOM-" + facts.coordinatorCode(),
                    grant.getJsonArray("recipientOrganization").getJsonObject(0).getString("id"), projectNumber);
            assertEquals(facts.title(), grant.getString("title"), projectNumber);
        });

        JsonObject mine = published.get(number);
        assertEquals(SUMMARY, mine.getString("description"));
        BigDecimal advance = expected.get(number).paid();
        assertTrue(advance.signum() > 0 && advance.compareTo(new BigDecimal("600000")) < 0, "the advance is paid: " + advance);
        JsonObject planned = mine.getJsonArray("plannedDates").getJsonObject(0);
        assertEquals(TODAY.toString(), planned.getString("startDate"), "the project starts when the agreement is accepted");
        assertEquals(TODAY.plusMonths(6).toString(), planned.getString("endDate"), "and ends with its last reporting period");
        assertEquals(List.of("2281", "2262"), mine.getJsonArray("beneficiaryLocation").getValuesAs(JsonObject.class).stream()
                .map(location -> location.getString("kommunkod")).toList(), "the coordinator, then the partner");

        // Vinnova's shape names a project by the registrar's number (dnr)
        Map<String, JsonObject> vinnova = new HashMap<>();
        readJson(inServer("api/open/vinnova.json")).asJsonArray().getValuesAs(JsonObject.class)
                .forEach(project -> vinnova.put(project.getString("Diarienummer"), project));
        assertEquals(expected.values().stream().map(Expected::dnr).collect(java.util.stream.Collectors.toSet()), vinnova.keySet());
        expected.forEach((projectNumber, facts) -> assertEquals(0,
                facts.granted().compareTo(vinnova.get(facts.dnr()).getJsonNumber("BeviljatBidrag").bigDecimalValue()), projectNumber));
        assertEquals(TODAY.toString(), vinnova.get(expected.get(number).dnr()).getString("ProjektStart"));
        assertEquals("Sundsvalls kommun", vinnova.get(expected.get(number).dnr()).getString("KoordinatorOrg"));
    }

    @Test
    @Order(2)
    @RunAsClient
    public void thePackageIsValid360GivingWithFormatsChecked() {
        HttpResponse<String> answer = anonymous().get("api/open/360giving.json", Map.of("Accept", "application/json"));
        assertEquals(200, answer.statusCode());
        assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), answer.headers().toString());

        var errors = OpenDataFormats.schemaErrors(answer.body());
        assertTrue(errors.isEmpty(), "360Giving schema errors: " + errors);
        String swedishDate = answer.body().replaceFirst("\"awardDate\":\"(\\d{4})-(\\d{2})-(\\d{2})\"", "\"awardDate\":\"$3/$2 $1\"");
        assertFalse(swedishDate.equals(answer.body()), "an award date to change");
        assertFalse(OpenDataFormats.schemaErrors(swedishDate).isEmpty(), "the validator does refuse a date in another form");

        JsonNode grants = OpenDataFormats.json(answer.body()).get("grants");
        List<String> ids = new ArrayList<>();
        grants.forEach(grant -> ids.add(grant.get("id").asText()));
        assertEquals(ids.stream().sorted().toList(), ids, "in the order of the application numbers");
        assertEquals(ids.size(), Set.copyOf(ids).size(), "each grant once");
        assertTrue(ids.stream().allMatch(id -> id.startsWith(PREFIX)), ids.toString());
        assertEquals(12, ids.stream().filter(id -> id.startsWith(PREFIX + "IH-2023-")).count(),
                "the demo history's twelve funded projects, not its four rejected ones");
        grants.forEach(grant -> {
            assertEquals("SEK", grant.get("currency").asText());
            assertTrue(grant.get("amountAwarded").isNumber() && grant.get("amountDisbursed").isNumber(), grant.toString());
            assertTrue(grant.get("recipientOrganization").get(0).get("id").asText().matches("SE-KOM-\\d{4}"), grant.toString());
            assertFalse(grant.get("fundingOrganization").get(0).get("name").asText().isBlank());
            grant.get("beneficiaryLocation").forEach(location -> {
                assertEquals("SE", location.get("countryCode").asText());
                assertTrue(location.get("kommunkod").asText().matches("\\d{4}"), location.toString());
            });
        });
    }

    @Test
    @Order(3)
    @RunAsClient
    public void theCsvHasTheSameGrantsUnderThe360GivingTitles() {
        JsonNode grants = OpenDataFormats.json(anonymous().get("api/open/360giving.json").body()).get("grants");
        HttpResponse<String> answer = anonymous().get("api/open/360giving.csv");
        assertEquals(200, answer.statusCode());
        assertEquals("text/csv;charset=UTF-8", answer.headers().firstValue("Content-Type").orElse("").replace(" ", ""));

        List<List<String>> records = OpenDataFormats.csv(answer.body());
        List<String> header = records.get(0);
        assertEquals(List.of("Identifier", "Title", "Description", "Currency", "Amount Awarded", "Award Date",
                "Recipient Org:Identifier", "Recipient Org:Name", "Funding Org:Identifier", "Funding Org:Name",
                "Planned Dates:Start Date", "Planned Dates:End Date", "Amount Disbursed"), header.subList(0, 13));
        assertEquals(List.of("Beneficiary Location:0:Name", "Beneficiary Location:0:Country Code", "Beneficiary Location:0:kommunkod"),
                header.subList(13, 16));
        assertEquals(grants.size(), records.size() - 1, "one row per grant");
        for (int row = 1; row < records.size(); row++) {
            List<String> cells = records.get(row);
            JsonNode grant = grants.get(row - 1);
            assertEquals(header.size(), cells.size(), "row " + row + " has every column");
            assertEquals(grant.get("id").asText(), cells.get(0));
            assertEquals(grant.get("title").asText(), cells.get(1));
            assertEquals(grant.get("description").asText(), cells.get(2), "the description, commas, quotes and line breaks kept");
            assertEquals(0, grant.get("amountAwarded").decimalValue().compareTo(new BigDecimal(cells.get(4))));
            assertEquals(grant.get("awardDate").asText(), cells.get(5));
            assertEquals(grant.get("recipientOrganization").get(0).get("id").asText(), cells.get(6));
            assertEquals(0, grant.get("amountDisbursed").decimalValue().compareTo(new BigDecimal(cells.get(12))));
            assertEquals(grant.get("beneficiaryLocation").get(0).get("kommunkod").asText(), cells.get(15));
        }
        assertTrue(records.stream().anyMatch(cells -> cells.get(1).startsWith(TITLE) && cells.get(2).equals(SUMMARY)),
                "the project made here, its quoted texts read back as written");
    }

    @Test
    @Order(4)
    @RunAsClient
    public void vinnovasShapeHasEveryKeyWithItsType() {
        JsonNode grants = OpenDataFormats.json(anonymous().get("api/open/360giving.json").body()).get("grants");
        HttpResponse<String> answer = anonymous().get("api/open/vinnova.json");
        assertEquals(200, answer.statusCode());
        JsonNode projects = OpenDataFormats.json(answer.body());
        assertTrue(projects.isArray());
        assertEquals(grants.size(), projects.size());
        List<String> keys = List.of("Diarienummer", "Ärenderubrik", "Mål", "Resultat", "Implementation", "BeviljatBidrag",
                "ProjektStart", "ProjektSlut", "KoordinatorOrg");
        for (int i = 0; i < projects.size(); i++) {
            JsonNode project = projects.get(i);
            List<String> names = new ArrayList<>();
            project.fieldNames().forEachRemaining(names::add);
            assertEquals(keys, names, "every key, in order");
            for (String text : List.of("Diarienummer", "Ärenderubrik", "Mål", "Resultat", "Implementation", "KoordinatorOrg")) {
                assertTrue(project.get(text).isTextual(), text + " is text: " + project);
            }
            assertTrue(project.get("BeviljatBidrag").isNumber(), project.toString());
            for (String date : List.of("ProjektStart", "ProjektSlut")) {
                assertTrue(project.get(date).isNull() || DATE.matcher(project.get(date).asText()).matches(), date + ": " + project);
            }
            assertEquals(grants.get(i).get("title").asText(), project.get("Ärenderubrik").asText(), "the same order");
            assertTrue(project.get("Diarienummer").asText().matches("\\d{4}-\\d{5}"), "a registration number: " + project);
            if (grants.get(i).get("id").asText().startsWith(PREFIX + "IH-2023-")) {
                assertFalse(project.get("Resultat").asText().isBlank(), "a closed project's results: " + project);
                assertNotNull(project.get("ProjektStart").textValue(), "a closed project started: " + project);
            }
        }
        List<List<String>> records = OpenDataFormats.csv(anonymous().get("api/open/vinnova.csv").body());
        assertEquals(keys, records.get(0));
        assertEquals(projects.size(), records.size() - 1);
    }

    @Test
    @Order(5)
    @RunAsClient
    public void noPersonIsNamedInAnyOutput() {
        for (String output : OUTPUTS) {
            HttpResponse<String> answer = anonymous().get("api/open/" + output);
            assertEquals(200, answer.statusCode(), output);
            String body = answer.body();
            assertTrue(body.length() > 1000, output + " holds the projects");
            for (String person : PEOPLE) {
                assertFalse(body.contains(person), output + " names " + person);
            }
            var email = EMAIL.matcher(body);
            if (email.find()) {
                throw new AssertionError(output + " holds an e-mail address: " + email.group());
            }
        }
    }

    @Test
    @Order(6)
    @RunAsClient
    public void anyoneReadsTheOpenDataWithoutSigningInAndNobodyChangesIt() throws Exception {
        WebClient visitor = anonymous();
        for (String output : OUTPUTS) {
            HttpResponse<String> answer = visitor.get("api/open/" + output);
            assertEquals(200, answer.statusCode(), output + " without signing in");
            assertEquals("*", answer.headers().firstValue("Access-Control-Allow-Origin").orElse(""), output);
            String tag = answer.headers().firstValue("ETag").orElseThrow();
            assertEquals(304, visitor.get("api/open/" + output, Map.of("If-None-Match", tag)).statusCode(), output + " unchanged");
            assertEquals(403, visitor.postBody("api/open/" + output, "application/json", "{}".getBytes(StandardCharsets.UTF_8),
                    Map.of("X-Requested-By", "test")).statusCode(), output + " is read only");
            HttpResponse<String> delete = HttpClient.newHttpClient().send(HttpRequest.newBuilder(app().resolve("api/open/" + output))
                    .DELETE().build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(403, delete.statusCode(), output + " cannot be deleted");
        }
        WebClient anna = new WebClient(app());
        assertEquals(302, anna.signIn("anna", "demo").statusCode());
        assertEquals(visitor.get("api/open/360giving.json").body(), anna.get("api/open/360giving.json").body(),
                "signed in or not, the same data");

        String results = visitor.get("public/results.xhtml").body();
        for (String output : OUTPUTS) {
            assertTrue(results.contains("href=\"/anslag/api/open/" + output + "\""), "the results page links " + output);
        }
        assertTrue(results.contains("Öppna data") && results.contains("360Giving-standarden (JSON)"), "the links are named");
    }

    private WebClient anonymous() {
        return new WebClient(app());
    }

    private URI app() {
        String url = deploymentUrl.toString();
        return URI.create(url.endsWith("/") ? url : url + "/");
    }

    /** A GET from inside the server, over HTTP like any harvester. */
    private static String inServer(String path) {
        URI base = URI.create("http://127.0.0.1:" + (8080 + Integer.getInteger("jboss.socket.binding.port-offset", 0)) + "/anslag/");
        HttpResponse<String> answer = new WebClient(base).get(path);
        assertEquals(200, answer.statusCode(), path);
        return answer.body();
    }

    private static jakarta.json.JsonValue readJson(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readValue();
        }
    }

    private record Expected(String title, BigDecimal granted, BigDecimal paid, LocalDate awarded, String coordinatorCode,
                            String dnr) {
    }

    /** What the database holds of every funded project whose grant did not lapse. */
    private Map<String, Expected> expected() throws SQLException {
        Map<String, Expected> expected = new HashMap<>();
        try (Connection connection = database.getConnection(); ResultSet rows = connection.createStatement().executeQuery("""
                select a.application_number, a.title, d.granted_amount, coalesce(d.approved_at, d.decided_at), o.code,
                       (select coalesce(sum(i.amount), 0) from installment i where i.application_id = a.id and i.status = 'PAID'),
                       a.dnr
                from grant_application a join funding_decision d on d.application_id = a.id
                join organisation o on o.id = a.coordinator_id
                where a.status in ('GRANTED', 'CLOSED') and d.granted = true
                and not exists (select 1 from grant_agreement g where g.application_id = a.id and g.status = 'LAPSED')""")) {
            while (rows.next()) {
                expected.put(rows.getString(1), new Expected(rows.getString(2), rows.getBigDecimal(3), rows.getBigDecimal(6),
                        rows.getObject(4, OffsetDateTime.class).atZoneSameInstant(STOCKHOLM).toLocalDate(), rows.getString(5),
                        rows.getString(7)));
            }
        }
        return expected;
    }
}
