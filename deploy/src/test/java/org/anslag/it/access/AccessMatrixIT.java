package org.anslag.it.access;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.anslag.it.access.AccessMatrix.Resource;
import org.anslag.it.access.AccessMatrix.Row;
import org.anslag.it.support.WebClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every page and REST endpoint of an application × every kind of user × every state of the
 * application, over HTTP against the running server, compared with the matrix kept in
 * access-matrix.txt. Fails on any unexpected success and any unexpected refusal, and prints the
 * matrix it found. Runs inside the server only to make the applications through the services;
 * every request goes through the front door as a signed-in browser would.
 */
@ExtendWith(ArquillianExtension.class)
public class AccessMatrixIT {

    private static final String MATRIX = "access-matrix.txt";
    private static final String PASSWORD = "demo";
    private static final Pattern TEMPLATE_KEY = Pattern.compile("\\{(\\w+)}");

    @Test
    public void everyCellOfTheAccessMatrixHolds() {
        AccessMatrix matrix = AccessMatrix.read(getClass().getClassLoader().getResourceAsStream(MATRIX));
        URI base = URI.create("http://127.0.0.1:" + (8080 + Integer.getInteger("jboss.socket.binding.port-offset", 0)) + "/anslag/");
        ApplicationsInEveryState applications = new ApplicationsInEveryState(signedIn(base, "anna"));

        Map<Row, List<String>> found = new LinkedHashMap<>();
        matrix.rows.forEach(row -> found.put(row, new ArrayList<>()));
        List<String> surprises = new ArrayList<>();
        for (int column = 0; column < matrix.subjects.size(); column++) {
            String subject = matrix.subjects.get(column);
            WebClient client = "anonymous".equals(subject) ? new WebClient(base) : signedIn(base, subject);
            for (Row row : matrix.rows) {
                Resource resource = matrix.resources.get(row.resource());
                String outcome = outcome(client, resource, applications.keys("any".equals(row.state()) ? "review" : row.state()));
                found.get(row).add(outcome);
                String expected = row.outcomes().get(column);
                if (!expected.equals(outcome)) {
                    surprises.add(String.format("%s %s %s (%s): expected %s, got %s", subject, resource.method(),
                            resource.name(), row.state(), expected, outcome));
                }
            }
        }
        int cells = matrix.rows.size() * matrix.subjects.size();
        System.out.printf("Access matrix: %d resources × %d subjects, %d rows, %d cells%n%s", matrix.resources.size(),
                matrix.subjects.size(), matrix.rows.size(), cells, matrix.format(found));
        assertTrue(surprises.isEmpty(), surprises.size() + " of " + cells + " cells differ from " + MATRIX + ":\n"
                + String.join("\n", surprises) + "\n\nfound:\n" + matrix.format(found));
    }

    /** A deactivated user's sign-in is refused, so they go on as a visitor who is not signed in. */
    private static WebClient signedIn(URI base, String username) {
        WebClient client = new WebClient(base);
        client.signIn(username, PASSWORD);
        return client;
    }

    private static String outcome(WebClient client, Resource resource, Map<String, String> keys) {
        Matcher key = TEMPLATE_KEY.matcher(resource.template());
        StringBuilder path = new StringBuilder();
        while (key.find()) {
            String value = keys.get(key.group(1));
            if (value == null) {
                return "n/a";
            }
            key.appendReplacement(path, value);
        }
        key.appendTail(path);
        HttpResponse<String> response = switch (resource.method()) {
            case "GET" -> path.toString().startsWith("api/") ? client.get(path.toString(), Map.of("Accept", "*/*"))
                    : client.get(path.toString());
            case "POST" -> client.postBody(path.toString(), "application/json", "{}".getBytes(StandardCharsets.UTF_8),
                    Map.of("X-Requested-By", "access-matrix", "Accept", "application/json"));
            case "UPLOAD" -> client.postBody(path.toString(), "application/pdf",
                    "%PDF-1.4\n% bilaga\n%%EOF\n".getBytes(StandardCharsets.US_ASCII),
                    Map.of("X-Requested-By", "access-matrix", "X-File-Name", "bilaga.pdf", "Accept", "application/json"));
            default -> throw new IllegalArgumentException("no method " + resource.method());
        };
        int status = response.statusCode();
        if (status == 302 || status == 303) {
            // to sign in: on Anslag's page, or at the agency's provider when it runs (bin/test starts one)
            return response.headers().firstValue("Location")
                    .filter(location -> location.contains("login.xhtml") || location.contains("/protocol/openid-connect/auth"))
                    .map(location -> "login").orElse("302");
        }
        return String.valueOf(status);
    }
}
