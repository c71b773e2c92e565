package org.anslag.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.io.StringReader;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.anslag.audit.AuditEntry;
import org.anslag.audit.AuditLog;
import org.anslag.integration.ApiScope;
import org.anslag.integration.ApiToken;
import org.anslag.integration.ApiTokens;
import org.anslag.it.support.WebClient;
import org.anslag.shared.Actor;
import org.anslag.shared.Role;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The integration API on the real server: ADMIN issues a token on the page, a plain HTTP client
 * reads decisions with it (compared with the database), a revoked or unknown token gets 401, a
 * scope that does not read a collection 403, a token over its rate 429 with Retry-After, and every
 * call is in the audit log. The OpenAPI document the server serves lists exactly the /api/v1
 * operations the application's JAX-RS resources have (found by reflection over the CDI beans), so
 * a new endpoint without its description fails here.
 */
@ExtendWith(ArquillianExtension.class)
public class IntegrationApiIT {

    private static final Actor ADAM = new Actor("adam", null, Set.of(Role.ADMIN));
    private static final Pattern SECRET = Pattern.compile("id=\"secret\"[^>]*value=\"([^\"]+)\"|value=\"([^\"]+)\"[^>]*id=\"secret\"");

    @EJB
    ApiTokens tokens;
    @EJB
    AuditLog audit;
    @Inject
    BeanManager beans;
    @Resource(lookup = "java:jboss/datasources/AnslagDS")
    DataSource database;

    private final int port = 8080 + Integer.getInteger("jboss.socket.binding.port-offset", 0);
    private final URI base = URI.create("http://127.0.0.1:" + port + "/anslag/");

    @Test
    public void aTokenIssuedOnTheAdminPageReadsDecisionsAsTheDatabaseHoldsThem() throws SQLException {
        String name = "ERP " + UUID.randomUUID();
        WebClient adam = new WebClient(base);
        adam.signIn("adam", "demo");
        HttpResponse<String> page = adam.get("admin/api-tokens.xhtml");
        assertEquals(200, page.statusCode());
        HttpResponse<String> issued = adam.submit(page.body(), "issue",
                Map.of("issue:name", name, "issue:scope", "FINANCE"), "issue:send");
        assertEquals(200, issued.statusCode());
        Matcher secretField = SECRET.matcher(issued.body());
        assertTrue(secretField.find(), "the issued token is shown once on the page");
        String secret = secretField.group(1) != null ? secretField.group(1) : secretField.group(2);
        assertTrue(secret.startsWith("anslag_") && secret.length() > 40, secret);
        assertFalse(adam.get("admin/api-tokens.xhtml").body().contains(secret), "the token is never shown again");
        ApiToken token = token(name);
        assertEquals(ApiScope.FINANCE, token.getScope());
        assertEquals("adam", token.getIssuedBy());
        assertEquals(0, count("select count(*) from api_token where token_hash like '%" + secret.substring(7, 20) + "%'"),
                "only the hash is stored");

        HttpResponse<String> answer = client().get("api/v1/decisions?limit=5", Map.of("Authorization", "Bearer " + secret));
        assertEquals(200, answer.statusCode(), answer.body());
        assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonObject decisions = json(answer.body());
        long total = count("select count(*) from funding_decision");
        assertTrue(total > 0, "the demo history has decisions");
        assertEquals(total, decisions.getJsonNumber("total").longValue());
        assertEquals(5, decisions.getInt("limit"));
        assertEquals(0, decisions.getInt("offset"));
        List<JsonObject> items = decisions.getJsonArray("items").getValuesAs(JsonObject.class);
        assertEquals(Math.min(5, total), items.size());
        if (total > 5) {
            assertEquals("/api/v1/decisions?limit=5&offset=5", decisions.getString("next"));
        }
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
             ResultSet first = statement.executeQuery("select d.id, d.granted, d.granted_amount, a.application_number"
                     + " from funding_decision d join grant_application a on a.id = d.application_id order by d.id")) {
            assertTrue(first.next());
            JsonObject item = items.get(0);
            assertEquals(first.getLong("id"), item.getJsonNumber("id").longValue());
            assertEquals(first.getString("application_number"), item.getString("applicationNumber"));
            if (first.getBoolean("granted")) {
                assertEquals(JsonValue.ValueType.NUMBER, item.get("grantedAmount").getValueType(), "amounts are numbers");
                assertEquals(0, first.getBigDecimal("granted_amount").compareTo(item.getJsonNumber("grantedAmount").bigDecimalValue()));
            }
            assertTrue(item.getString("decidedAt").matches("\\d{4}-\\d{2}-\\d{2}T.*Z"), item.getString("decidedAt"));
        }
        assertNotNull(token(name).getLastUsedAt(), "last use is recorded");
        assertAudited(token, "api:" + name, "GET /api/v1/decisions?limit=5 200");
        assertTrue(adam.get("admin/api-tokens.xhtml").body().contains(name), "the page lists the token");
    }

    @Test
    public void aScopeReadsOnlyItsCollections() {
        ApiTokens.Issued finance = tokens.issue(ADAM, "Ekonomi " + UUID.randomUUID(), ApiScope.FINANCE);
        WebClient client = client();
        assertEquals(200, get(client, finance, "api/v1/payments").statusCode());
        assertEquals(200, get(client, finance, "api/v1/calls").statusCode());
        HttpResponse<String> answers = get(client, finance, "api/v1/applications");
        assertEquals(403, answers.statusCode());
        assertProblem(answers, 403);
        assertEquals(403, get(client, finance, "api/v1/reports").statusCode());
        assertAudited(finance.token(), "api:" + finance.token().getName(), "GET /api/v1/applications 403");

        ApiTokens.Issued research = tokens.issue(ADAM, "Följeforskning " + UUID.randomUUID(), ApiScope.RESEARCHER);
        WebClient researcher = client();
        assertEquals(200, get(researcher, research, "api/v1/reports").statusCode());
        assertEquals(403, get(researcher, research, "api/v1/decisions").statusCode());
        assertEquals(403, get(researcher, research, "api/v1/payments").statusCode());

        ApiTokens.Issued diarium = tokens.issue(ADAM, "Diarium " + UUID.randomUUID(), ApiScope.REGISTRY);
        HttpResponse<String> applications = get(client(), diarium, "api/v1/applications?limit=200");
        assertEquals(200, applications.statusCode());
        assertFalse(applications.body().contains("\"DRAFT\""), "drafts are nobody else's business");
        // no field for a person's address, and none of the demo users' addresses (a title typed
        // with an '@' in it, or left by another test's erasure, is the applicant's own text)
        assertFalse(applications.body().contains("\"email\"") || applications.body().contains("@demo.anslag.se"),
                "no e-mail address");
    }

    @Test
    public void aRevokedUnknownOrMissingTokenIsUnauthorized() {
        HttpResponse<String> none = new WebClient(base).get("api/v1/decisions");
        assertEquals(401, none.statusCode());
        assertTrue(none.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));
        assertProblem(none, 401);
        assertEquals(401, new WebClient(base).get("api/v1/decisions", Map.of("Authorization", "Bearer anslag_guessed")).statusCode());
        assertEquals(401, new WebClient(base).get("api/v1/decisions", Map.of("Authorization", "Basic YWRhbTpkZW1v")).statusCode());

        WebClient maria = new WebClient(base);
        maria.signIn("maria", "demo");
        assertEquals(401, maria.get("api/v1/decisions", Map.of("Accept", "application/json")).statusCode(),
                "a signed-in session is no token");

        ApiTokens.Issued issued = tokens.issue(ADAM, "BI " + UUID.randomUUID(), ApiScope.PROGRAMME_MANAGER_READ);
        assertEquals(200, get(client(), issued, "api/v1/applications").statusCode());
        tokens.revoke(ADAM, issued.token().getId());
        String marker = "api/v1/decisions?offset=" + (1000 + Math.abs(UUID.randomUUID().hashCode() % 100000));
        HttpResponse<String> revoked = get(client(), issued, marker);
        assertEquals(401, revoked.statusCode());
        assertProblem(revoked, 401);
        assertTrue(audit.about("api").stream().anyMatch(entry -> "api:unknown".equals(entry.getActor())
                && entry.getDetails().equals("GET /" + marker + " 401")), "the refused call is audited");
        assertTrue(audit.about("api-token:" + issued.token().getId()).stream()
                .anyMatch(entry -> "api-token.revoked".equals(entry.getAction()) && "adam".equals(entry.getActor())));
    }

    @Test
    public void aTokenOverItsRateIsToldToWait() {
        ApiTokens.Issued issued = tokens.issue(ADAM, "Hasty BI " + UUID.randomUUID(), ApiScope.FINANCE);
        WebClient client = client();
        int served = 0;
        HttpResponse<String> refused = null;
        for (int call = 0; call < 400 && refused == null; call++) {
            HttpResponse<String> answer = get(client, issued, "api/v1/calls?limit=1");
            if (answer.statusCode() == 429) {
                refused = answer;
            } else {
                assertEquals(200, answer.statusCode());
                served++;
            }
        }
        assertNotNull(refused, "400 calls in a row exceed 10 a second with bursts of 50");
        assertTrue(served >= 50, "the burst is served first: " + served);
        assertTrue(Integer.parseInt(refused.headers().firstValue("Retry-After").orElseThrow()) >= 1);
        assertProblem(refused, 429);
        assertAudited(issued.token(), "api:" + issued.token().getName(), "GET /api/v1/calls?limit=1 429");
    }

    @Test
    public void wrongPagingIsRefusedNamingTheParameter() {
        ApiTokens.Issued issued = tokens.issue(ADAM, "Paging " + UUID.randomUUID(), ApiScope.PROGRAMME_MANAGER_READ);
        WebClient client = client();
        for (String query : List.of("limit=abc", "limit=0", "limit=201", "offset=-1")) {
            HttpResponse<String> answer = get(client, issued, "api/v1/calls?" + query);
            assertEquals(400, answer.statusCode(), query);
            assertProblem(answer, 400);
            String parameter = query.substring(0, query.indexOf('='));
            assertTrue(json(answer.body()).getString("detail").contains("'" + parameter + "'"), answer.body());
        }
    }

    @Test
    public void theOpenApiDocumentListsEveryEndpointOfTheApi() {
        Set<String> resources = new TreeSet<>();
        for (Bean<?> bean : beans.getBeans(Object.class, Any.Literal.INSTANCE)) {
            Path type = bean.getBeanClass().getAnnotation(Path.class);
            if (type == null) {
                continue;
            }
            for (Method method : bean.getBeanClass().getMethods()) {
                String verb = Arrays.stream(method.getAnnotations())
                        .map(annotation -> annotation.annotationType().getAnnotation(HttpMethod.class))
                        .filter(java.util.Objects::nonNull).map(HttpMethod::value).findFirst().orElse(null);
                Path path = method.getAnnotation(Path.class);
                String full = ("/api/" + type.value() + "/" + (path == null ? "" : path.value())).replaceAll("/+", "/")
                        .replaceAll("/$", "");
                if (verb != null && full.startsWith("/api/v1/")) {
                    resources.add(verb.toLowerCase(java.util.Locale.ROOT) + " /anslag" + full);
                }
            }
        }
        assertTrue(resources.size() >= 5, "calls, applications, decisions, payments, reports: " + resources);
        assertTrue(resources.contains("get /anslag/api/v1/decisions"), resources.toString());

        HttpResponse<String> answer = new WebClient(URI.create("http://127.0.0.1:" + port + "/"))
                .get("openapi?format=JSON", Map.of("Accept", "application/json"));
        assertEquals(200, answer.statusCode());
        JsonObject document = json(answer.body());
        Set<String> documented = new TreeSet<>();
        JsonObject paths = document.getJsonObject("paths");
        // the paths hold the context root, or the first server does: either way the address is the same
        String server = document.containsKey("servers") && !document.getJsonArray("servers").isEmpty()
                ? URI.create(document.getJsonArray("servers").getJsonObject(0).getString("url")).getPath() : "";
        for (String path : paths.keySet()) {
            for (Map.Entry<String, JsonValue> operation : paths.getJsonObject(path).entrySet()) {
                if (!(operation.getValue() instanceof JsonObject described) || !described.containsKey("responses")) {
                    continue;
                }
                documented.add(operation.getKey() + " " + (server + path).replaceAll("/+", "/"));
                String where = operation.getKey() + " " + path;
                assertFalse(described.getString("summary", "").isBlank(), where + " has a summary");
                JsonObject responses = described.getJsonObject("responses");
                for (String status : List.of("200", "401", "403", "429")) {
                    assertTrue(responses.containsKey(status), where + " documents " + status);
                }
                assertTrue(described.getJsonArray("security").toString().contains("bearer"), where + " needs the bearer token");
            }
        }
        assertEquals(resources, documented, "every /api/v1 operation, and nothing else, is in the OpenAPI document:\n" + answer.body());
        assertEquals("bearer", document.getJsonObject("components").getJsonObject("securitySchemes")
                .getJsonObject("bearer").getString("scheme"));

        WebClient browser = new WebClient(base);
        HttpResponse<String> docs = browser.get("api-docs/index.html");
        assertEquals(200, docs.statusCode());
        Matcher bundle = Pattern.compile("src=\"\\.\\./(webjars/swagger-ui/[^\"]+/swagger-ui-bundle\\.js)\"").matcher(docs.body());
        assertTrue(bundle.find(), docs.body());
        assertEquals(200, browser.get(bundle.group(1)).statusCode());
        assertTrue(browser.get("api-docs/init.js").body().contains("/openapi"));
        assertFalse(docs.body().matches("(?s).*<script>.*"), "no inline script");
    }

    /** A plain HTTP client with no session; the token goes with each request. */
    private WebClient client() {
        return new WebClient(base);
    }

    private static HttpResponse<String> get(WebClient client, ApiTokens.Issued issued, String path) {
        return client.get(path, Map.of("Authorization", "Bearer " + issued.secret(), "Accept", "application/json"));
    }

    private ApiToken token(String name) {
        return tokens.all(ADAM).stream().filter(token -> token.getName().equals(name)).findFirst().orElseThrow();
    }

    private void assertAudited(ApiToken token, String actor, String details) {
        List<AuditEntry> entries = audit.about("api-token:" + token.getId());
        assertTrue(entries.stream().anyMatch(entry -> actor.equals(entry.getActor()) && "api.call".equals(entry.getAction())
                && details.equals(entry.getDetails())), "audited " + details + " among " + entries.stream()
                .map(entry -> entry.getActor() + " " + entry.getDetails()).toList());
    }

    private static void assertProblem(HttpResponse<String> answer, int status) {
        assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                answer.headers().toString());
        JsonObject problem = json(answer.body());
        assertEquals(status, problem.getInt("status"));
        assertFalse(problem.getString("detail").isBlank());
    }

    private static JsonObject json(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }

    private long count(String sql) throws SQLException {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }
}
