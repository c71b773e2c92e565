package org.anslag.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.anslag.it.support.WebClient;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Base of the black-box ITs: they talk over HTTP only to the application that
 * {@link org.anslag.it.support.OneDeploymentPerRun} deployed once for the whole failsafe run. The server runs with ANSLAG_DEMO=true, so the demo users
 * (password {@code demo}) and the open call "Idéslussar 2026" exist.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class BlackBoxTestBase {

    public static final String DEMO_PASSWORD = "demo";

    @ArquillianResource
    private URL deploymentUrl;

    /** The application's root, e.g. http://127.0.0.1:8080/anslag/ */
    protected URI app() {
        String url = deploymentUrl != null ? deploymentUrl.toString() : "http://localhost:8080/anslag/";
        return URI.create(url.endsWith("/") ? url : url + "/");
    }

    /** The management interface (health, metrics) of the server under test. */
    protected URI management() {
        return URI.create("http://" + app().getHost() + ":" + Integer.getInteger("it.management.port", 9990) + "/");
    }

    /** A fresh browser-like client with an empty cookie jar. */
    protected WebClient browser() {
        return new WebClient(app());
    }

    /** A fresh client signed in as the demo user. */
    protected WebClient signedIn(String username) {
        WebClient client = browser();
        assertThat(client.signIn(username, DEMO_PASSWORD).statusCode()).as("sign-in of " + username).isEqualTo(302);
        return client;
    }

    /** The id of the demo's open call "Testbäddar 2026" (a municipality may apply alone), from the public list. */
    public static String testBedCall(WebClient applicant) {
        String page = applicant.get("public/calls.xhtml").body();
        Matcher link = Pattern.compile("Testbäddar 2026.*?edit-application\\.xhtml\\?call=(\\d+)", Pattern.DOTALL).matcher(page);
        assertThat(link.find()).as("the demo's test-bed call is open").isTrue();
        return link.group(1);
    }

    /** A draft for the REST API: a title, a summary and one budget line of the coordinator. */
    protected static String draftJson(String callId) {
        return "{\"callId\":" + callId + ",\"title\":\"Testbädd via API\",\"summary\":\"Skickas över HTTP.\","
                + "\"budget\":[{\"year\":" + java.time.LocalDate.now().getYear()
                + ",\"category\":\"EQUIPMENT\",\"cost\":250000,\"coFunding\":50000}]}";
    }

    /** Drafts an application on the test-bed call over the REST API; returns its number. */
    protected static String draftOverApi(WebClient applicant) {
        HttpResponse<String> created = applicant.postBody("api/applications", "application/json",
                draftJson(testBedCall(applicant)).getBytes(StandardCharsets.UTF_8),
                Map.of("X-Requested-By", "it", "Accept", "application/json"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        Matcher number = Pattern.compile("\"number\":\"([^\"]+)\"").matcher(created.body());
        assertThat(number.find()).as("number in " + created.body()).isTrue();
        return number.group(1);
    }

    /** The database the server under test runs on: h2 or postgresql (set per failsafe execution). */
    protected static String database() {
        return System.getProperty("it.database", "h2");
    }
}
