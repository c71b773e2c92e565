package org.anslag.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.anslag.it.support.Html;
import org.anslag.it.support.WebClient;
import org.junit.jupiter.api.Test;

/**
 * Readiness, public and protected pages, sign-in and the roles' boundaries, seen from outside
 * over HTTP against the deployed EAR (demo data on).
 */
class SecurityAndHealthIT extends BlackBoxTestBase {

    private static final String SIGN_IN_FAILED = "Fel användarnamn eller lösenord";
    private static final Pattern SCRIPT = Pattern.compile("(?is)<script\\b.*?</script>");
    private static final Pattern STACK_FRAME = Pattern.compile("\\bat [a-z][\\w$]*(\\.[\\w$]+)+\\((?:[\\w$]+\\.java:\\d+|Unknown Source|Native Method)\\)");

    @Test
    void readinessIsUpWithDatabaseAndProcessEngineChecks() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(management().resolve("health/ready")).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());

        JsonObject health;
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            health = reader.readObject();
        }
        Map<String, JsonObject> checks = health.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(check -> check.getString("name"), check -> check, (a, b) -> a));
        assertThat(checks).as("readiness checks in %s", response.body()).containsKeys("database", "process-engine");
        assertThat(checks.get("database").getString("status")).as(response.body()).isEqualTo("UP");
        assertThat(checks.get("process-engine").getString("status")).as(response.body()).isEqualTo("UP");
        assertThat(health.getString("status")).as(response.body()).isEqualTo("UP");
        assertThat(response.statusCode()).isEqualTo(200);

        // the run really uses the database this failsafe execution is meant for
        JsonObject data = checks.get("database").getJsonObject("data");
        assertThat(data).as("data of the database check").isNotNull();
        assertThat(data.get("product")).isNotNull().isNotEqualTo(JsonValue.NULL);
        assertThat(data.getString("product").toLowerCase())
                .contains("postgresql".equals(database()) ? "postgresql" : "h2");
    }

    @Test
    void publicCallsPageListsTheOpenDemoCallWithoutSignIn() {
        WebClient anonymous = browser();

        HttpResponse<String> page = anonymous.get("public/calls.xhtml");

        assertThat(page.statusCode()).isEqualTo(200);
        String table = Html.unescape(Html.element(page.body(), "open-calls", "table"));
        assertThat(table).contains("Idéslussar 2026");
    }

    @Test
    void protectedPageSendsAnAnonymousUserToSignIn() {
        HttpResponse<String> response = browser().get("workflow/tasks.xhtml");

        assertThat(response.statusCode()).as("status").isIn(302, 303);
        assertThat(location(response)).endsWith("/anslag/login.xhtml");
    }

    @Test
    void wrongPasswordIsRefusedInSwedishAndEstablishesNoSession() {
        WebClient browser = browser();

        HttpResponse<String> response = browser.signIn("anna", "not-the-password");

        assertThat(response.statusCode()).as("a refused sign-in stays on the login page").isEqualTo(200);
        assertThat(Html.unescape(response.body())).contains(SIGN_IN_FAILED);
        HttpResponse<String> afterwards = browser.get("workflow/tasks.xhtml");
        assertThat(afterwards.statusCode()).as("still anonymous after a refused sign-in").isIn(302, 303);
        assertThat(location(afterwards)).endsWith("/anslag/login.xhtml");
    }

    @Test
    void applicantSignsInAndReachesTheHomePage() {
        WebClient anna = browser();

        HttpResponse<String> response = anna.signIn("anna", DEMO_PASSWORD);

        assertThat(response.statusCode()).as("status of the sign-in post").isIn(302, 303);
        assertThat(location(response)).endsWith("/anslag/index.xhtml");
        // the home page sends each role on to where its work starts, never back to sign-in
        HttpResponse<String> home = anna.get("index.xhtml");
        assertThat(home.statusCode()).as("index.xhtml when signed in").isIn(200, 302, 303);
        if (home.statusCode() != 200) {
            assertThat(location(home)).doesNotEndWith("/login.xhtml");
        }
        HttpResponse<String> protectedPage = anna.get("workflow/tasks.xhtml");
        assertThat(protectedPage.statusCode()).as("a page for signed-in users").isEqualTo(200);
        assertThat(Html.unescape(protectedPage.body())).contains("Anna Lindqvist");
    }

    @Test
    void applicantIsRefusedFinanceAndAdministrationPages() {
        WebClient anna = browser();
        assertThat(anna.signIn("anna", DEMO_PASSWORD).statusCode()).isIn(302, 303);

        HttpResponse<String> finance = anna.get("finance/exports.xhtml");
        HttpResponse<String> admin = anna.get("admin/reference-data.xhtml");

        assertThat(finance.statusCode()).as("finance/exports.xhtml for an applicant").isEqualTo(403);
        assertThat(admin.statusCode()).as("admin/reference-data.xhtml for an applicant").isEqualTo(403);
        assertNoStackTrace(finance.body());
        assertNoStackTrace(admin.body());
        for (String page : new String[] {"admin/invitations.xhtml", "admin/registrations.xhtml"}) {
            assertThat(anna.get(page).statusCode()).as(page + " for an applicant").isEqualTo(403);
        }
    }

    @Test
    void sessionCookieIsHttpOnly() {
        WebClient anna = browser();
        anna.signIn("anna", DEMO_PASSWORD);

        assertThat(anna.setCookieHeaders("JSESSIONID")).as("session cookies set").isNotEmpty()
                .allSatisfy(header -> assertThat(attributes(header)).as(header).contains("httponly"));
    }

    /** Beyond the brief: configure-server.cli makes the session cookie Secure unless ANSLAG_SECURE_COOKIES=false. */
    @Test
    void sessionCookieIsSecureByDefault() {
        WebClient anna = browser();
        anna.signIn("anna", DEMO_PASSWORD);

        assertThat(anna.setCookieHeaders("JSESSIONID")).as("session cookies set").isNotEmpty()
                .allSatisfy(header -> assertThat(attributes(header)).as(header).contains("secure"));
    }

    /** Beyond the brief: a session id known before sign-in must not carry the signed-in session (fixation). */
    @Test
    void signInIssuesANewSessionId() {
        WebClient anna = browser();
        anna.get("login.xhtml");
        String before = anna.cookie("JSESSIONID").orElseThrow(() -> new AssertionError("no session on the login page"));

        assertThat(anna.signIn("anna", DEMO_PASSWORD).statusCode()).isIn(302, 303);

        assertThat(anna.cookie("JSESSIONID")).as("session id after sign-in").isPresent().get().isNotEqualTo(before);
    }

    @Test
    void unknownPageAnswers404WithoutStackTrace() {
        WebClient anonymous = browser();

        HttpResponse<String> missingView = anonymous.get("no-such-page.xhtml");
        HttpResponse<String> missingFile = anonymous.get("no/such/thing");

        assertThat(missingView.statusCode()).isEqualTo(404);
        assertThat(missingFile.statusCode()).isEqualTo(404);
        assertNoStackTrace(missingView.body());
        assertNoStackTrace(missingFile.body());
    }

    @Test
    void everyResponseCarriesTheBrowsersProtections() {
        WebClient anonymous = browser();
        WebClient anna = browser();
        assertThat(anna.signIn("anna", DEMO_PASSWORD).statusCode()).isIn(302, 303);
        Map<String, HttpResponse<String>> responses = new java.util.LinkedHashMap<>();
        responses.put("public page", anonymous.get("public/calls.xhtml"));
        responses.put("signed-in page", anna.get("workflow/tasks.xhtml"));
        responses.put("REST answer", anna.get("api/applications/0/attachments"));
        responses.put("REST refusal", anna.postBody("api/applications", "application/json", new byte[0], Map.of()));
        responses.put("static script", anonymous.get("resources/anslag/draft-backup.js"));
        responses.put("faces resource", anonymous.get("jakarta.faces.resource/anslag/anslag.css.xhtml"));
        responses.put("404 page", anonymous.get("no/such/thing"));
        responses.put("404 view", anonymous.get("no-such-page.xhtml"));
        responses.put("403 page", anna.get("finance/exports.xhtml"));

        responses.forEach((what, response) -> {
            String csp = header(response, "Content-Security-Policy");
            assertThat(csp).as("CSP of the %s", what)
                    .contains("default-src 'self'", "object-src 'none'", "base-uri 'self'", "frame-ancestors 'none'")
                    .containsPattern("script-src 'self'( 'nonce-[A-Za-z0-9+/=_-]+';)?$")
                    .doesNotContain("unsafe-eval").doesNotContainPattern("script-src[^;]*unsafe-inline");
            assertThat(response.headers().allValues("Content-Security-Policy")).as("one policy on the %s", what).hasSize(1);
            assertThat(header(response, "X-Frame-Options")).as(what).isEqualTo("DENY");
            assertThat(header(response, "X-Content-Type-Options")).as(what).isEqualTo("nosniff");
            assertThat(header(response, "Referrer-Policy")).as(what).isEqualTo("strict-origin-when-cross-origin");
            assertThat(header(response, "Permissions-Policy")).as(what).contains("camera=()", "geolocation=()", "microphone=()");
            assertThat(response.headers().firstValue("Strict-Transport-Security")).as("HSTS over plain http on the %s", what)
                    .isEmpty();
        });
        assertThat(responses.get("404 page").statusCode()).isEqualTo(404);
        assertThat(responses.get("403 page").statusCode()).isEqualTo(403);
        assertThat(responses.get("static script").statusCode()).isEqualTo(200);
    }

    /** Every script of a page carries the nonce of the page's policy; no inline event handler is left. */
    @Test
    void pagesRunOnlyScriptsTheirPolicyAllows() {
        WebClient anna = browser();
        assertThat(anna.signIn("anna", DEMO_PASSWORD).statusCode()).isIn(302, 303);

        for (String page : new String[] {"login.xhtml", "workflow/tasks.xhtml", "application/my-applications.xhtml"}) {
            HttpResponse<String> response = anna.get(page);
            java.util.regex.Matcher nonce = Pattern.compile("'nonce-([^']+)'").matcher(header(response, "Content-Security-Policy"));
            assertThat(nonce.find()).as("nonce in the policy of %s", page).isTrue();
            java.util.regex.Matcher scripts = Pattern.compile("(?is)<script\\b[^>]*>").matcher(response.body());
            int count = 0;
            while (scripts.find()) {
                count++;
                assertThat(scripts.group()).as("script tag on %s", page).contains("nonce=\"" + nonce.group(1) + "\"");
            }
            assertThat(count).as("scripts on %s", page).isPositive();
            assertThat(response.body()).as("inline handlers on %s", page)
                    .doesNotContainPattern("(?i)\\son(click|change|submit|load|keyup|keydown|blur|focus)=\"")
                    .doesNotContain("javascript:");
        }
    }

    @Test
    void sessionCookieIsSameSiteLaxAndSignInStillWorks() {
        WebClient anna = browser();

        assertThat(anna.signIn("anna", DEMO_PASSWORD).statusCode()).isIn(302, 303);

        assertThat(anna.setCookieHeaders("JSESSIONID")).as("session cookies set").isNotEmpty()
                .allSatisfy(header -> assertThat(attributes(header)).as(header).contains("samesite=lax"));
        assertThat(anna.get("workflow/tasks.xhtml").statusCode()).as("signed in after the redirect").isEqualTo(200);
    }

    private static String header(HttpResponse<String> response, String name) {
        return response.headers().firstValue(name).orElseThrow(() ->
                new AssertionError(name + " missing on " + response.uri() + " (" + response.statusCode() + "): " + response.headers().map()));
    }

    /**
     * Every page about one application names it by its number: the draft's own municipality opens
     * its pages; a malformed or unknown number (an old database id too) gets the 404 page, another
     * municipality's number the 403 page, with no stack trace either way.
     */
    @Test
    void applicationPagesTakeTheNumberAndRefuseUnknownAndOtherMunicipalitiesNumbers() {
        WebClient anna = signedIn("anna");
        String number = draftOverApi(anna);
        WebClient tomas = signedIn("tomas");
        List<String> draftPages = List.of("application/application.xhtml", "application/edit-application.xhtml",
                "application/answers.xhtml", "application/budget.xhtml", "application/attachments.xhtml");

        for (String page : draftPages) {
            HttpResponse<String> own = anna.get(page + "?number=" + number);
            assertThat(own.statusCode()).as(page + " of anna's own draft").isEqualTo(200);
            assertThat(Html.unescape(own.body())).as(page).contains(number);
            HttpResponse<String> other = tomas.get(page + "?number=" + number);
            assertThat(other.statusCode()).as(page + " of another municipality's draft").isEqualTo(403);
            assertThat(other.body()).as(page).doesNotContain("Testbädd via API");
            assertNoStackTrace(other.body());
        }
        assertThat(tomas.get("application/confirm-partnership.xhtml?number=" + number).statusCode())
                .as("a partner request tomas's municipality was never sent").isEqualTo(403);

        Map<String, WebClient> pagesAndWhoMayOpenThem = new LinkedHashMap<>();
        draftPages.forEach(page -> pagesAndWhoMayOpenThem.put(page, anna));
        pagesAndWhoMayOpenThem.put("application/confirm-partnership.xhtml", tomas);
        pagesAndWhoMayOpenThem.put("award/accept-agreement.xhtml", anna);
        pagesAndWhoMayOpenThem.put("followup/submit-progress-report.xhtml", anna);
        WebClient maria = signedIn("maria");
        for (String page : List.of("review/check-eligibility.xhtml", "review/assign-evaluators.xhtml",
                "review/replace-evaluator.xhtml", "award/decide-funding.xhtml", "award/approve-decision.xhtml")) {
            pagesAndWhoMayOpenThem.put(page, maria);
        }
        WebClient erik = signedIn("erik");
        for (String page : List.of("review/declare-conflicts.xhtml", "review/score-application.xhtml",
                "followup/assess-progress-report.xhtml")) {
            pagesAndWhoMayOpenThem.put(page, erik);
        }
        WebClient anonymous = browser();
        int knownToAnonymous = anonymous.get("review/declare-conflicts.xhtml?number=" + number).statusCode();
        int unknownToAnonymous = anonymous.get("review/declare-conflicts.xhtml?number=TB-1999-9999").statusCode();
        assertThat(knownToAnonymous).as("without signing in, a known number is refused like an unknown one")
                .isEqualTo(unknownToAnonymous).isIn(302, 303, 403);
        pagesAndWhoMayOpenThem.forEach((page, user) -> {
            for (String unknown : List.of("?number=TB-1999-9999", "?number=1", "?number=%3Cscript%3E", "")) {
                HttpResponse<String> missing = user.get(page + unknown);
                assertThat(missing.statusCode()).as(page + unknown).isEqualTo(404);
                assertNoStackTrace(missing.body());
            }
        });
        for (String call : List.of("abc", "99999999999999999999", "-1", "")) {
            HttpResponse<String> noSuchCall = anna.get("application/edit-application.xhtml?call=" + call);
            assertThat(noSuchCall.statusCode()).as("a new application to call '%s'", call).isEqualTo(404);
            assertNoStackTrace(noSuchCall.body());
        }
    }

    /**
     * No exception or stack frame in what the user sees. Script elements are left out of the text
     * check: PrimeFaces writes its error-page map (e.g. 'jakarta.faces.application.ViewExpiredException')
     * into an inline script on every page; frames are looked for in the whole body.
     */
    private static void assertNoStackTrace(String body) {
        String withoutScripts = SCRIPT.matcher(body).replaceAll("");
        assertThat(withoutScripts).as("page without scripts").doesNotContain("Exception").doesNotContain("at org.");
        assertThat(STACK_FRAME.matcher(body).find()).as("stack frame in %s", body).isFalse();
    }

    private static String attributes(String setCookie) {
        String[] parts = setCookie.split(";");
        return java.util.Arrays.stream(parts).skip(1).map(String::trim).map(String::toLowerCase)
                .collect(Collectors.joining(";"));
    }

    private String location(HttpResponse<String> response) {
        String location = response.headers().firstValue("Location").orElse("");
        assertThat(location).as("Location header").isNotEmpty();
        return app().resolve(URI.create(location)).getPath();
    }
}
