package org.anslag.it.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.anslag.it.BlackBoxTestBase;
import org.anslag.it.support.WebClient;
import org.junit.jupiter.api.Test;

/**
 * What Prometheus scrapes from the management interface (/metrics): WildFly's request counter
 * grows with the pages users open, the datasource pool reports its connections, and Anslag's
 * backlogs (jobs due and failed, mail waiting and given up) are there with a value.
 */
class MetricsIT extends BlackBoxTestBase {

    @Test
    void prometheusReadsRequestsThePoolAndAnslagsBacklogs() throws Exception {
        String before = scrape();
        for (String gauge : new String[] {"anslag_jobs_due", "anslag_jobs_failed", "anslag_mail_waiting", "anslag_mail_given_up"}) {
            assertThat(value(before, gauge)).as(gauge).isGreaterThanOrEqualTo(0);
        }
        assertThat(value(before, "datasources_pool_available_count\\{[^}]*name=\"AnslagDS\"")).as("the pool of AnslagDS")
                .isGreaterThan(0);

        double requests = sum(before, "undertow_request_count_total");
        WebClient visitor = browser();
        for (int i = 0; i < 5; i++) {
            assertThat(visitor.get("public/calls.xhtml").statusCode()).isEqualTo(200);
        }
        assertThat(sum(scrape(), "undertow_request_count_total")).as("five pages more").isGreaterThanOrEqualTo(requests + 5);
    }

    private String scrape() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(management().resolve("metrics")).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    /** The value of the first series whose name (and labels) match. */
    private static double value(String metrics, String series) {
        Matcher line = Pattern.compile("(?m)^" + series + "[^\\n]* ([-0-9.eE+NaN]+)$").matcher(metrics);
        assertThat(line.find()).as(series + " in the metrics").isTrue();
        return Double.parseDouble(line.group(1));
    }

    private static double sum(String metrics, String name) {
        Matcher line = Pattern.compile("(?m)^" + name + "\\{[^}]*} ([-0-9.eE+]+)$").matcher(metrics);
        double total = 0;
        while (line.find()) {
            total += Double.parseDouble(line.group(1));
        }
        return total;
    }
}
