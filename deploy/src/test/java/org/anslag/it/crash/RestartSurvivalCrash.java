package org.anslag.it.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.anslag.it.BlackBoxTestBase;
import org.anslag.it.crash.MailArrivals.Mail;
import org.anslag.it.support.Html;
import org.anslag.it.support.MailServer;
import org.anslag.it.support.WebClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Restart survival (bin/crash restart): a server killed mid-review keeps what its users left in it.
 * Before the crash, anna has a draft with a title, a partner and a budget line; her other
 * application is under review and erik's scoring task is open; tomas's receipt is queued while the
 * SMTP server is down. The server's JVM is killed (kill -9, or with crash.stop=clean a SIGTERM);
 * while it is down, erik's reminder is made due at once and the overdue escalation a little later
 * (ReviewTimers). Started again on the same database and data directory, the users find their
 * draft and task, and each mail arrives exactly once: the receipt sent before the crash is not sent
 * again, the queued one goes out, and both timers fire.
 * <p>
 * Not an *IT: like ScaleBench, it stays out of the it-h2/it-postgresql runs of bin/test and runs
 * only when named (-Dit.test). It starts no Arquillian container; it runs a server of its own
 * (CrashServer) on port offset crash.port.offset (default 700), once per database.
 */
class RestartSurvivalCrash {

    private static final Map<String, String> FROM_THE_APP = Map.of("X-Requested-By", "it", "Accept", "application/json");
    private static final Duration MAIL_PATIENCE = Duration.ofSeconds(Integer.getInteger("crash.mail.patience", 180));
    /** Past the outbox's five-second schedule: a mail sent twice would have arrived by then. */
    private static final Duration ONE_MORE_ROUND = Duration.ofSeconds(12);
    /** The escalation is made due this long after the restart should be ready (as long as the first start took). */
    private static final Duration OVERDUE_AFTER_READY = Duration.ofSeconds(Integer.getInteger("crash.overdue.margin", 60));
    private static final String OVERDUE_NOTICE = "maria's overdue notice, due after the restart";
    private static final String DRAFT_TITLE = "Trygghetslarm som testbädd";
    private static final String DRAFT_SUMMARY = "Skrivet före kraschen och sparat som utkast.";

    private final String database = System.getProperty("it.database", "h2");
    private final boolean clean = "clean".equals(System.getProperty("crash.stop", "kill"));
    private final Path directory = Path.of(System.getProperty("jboss.home")).getParent()
            .resolve("crash/restart-" + database + (clean ? "-clean" : ""));
    private CrashServer server;

    @AfterEach
    void noServerLeftRunning() {
        if (server != null) {
            server.ensureStopped();
        }
        MailServer.stop();
    }

    @Test
    void aServerStoppedMidReviewKeepsDraftsTasksTimersAndQueuedMailAndFiresTheTimersAfterItsRestart() throws Exception {
        MailServer.start();
        server = new CrashServer(directory, database, Integer.getInteger("crash.port.offset", 700));
        double firstStart = server.start();

        WebClient anna = signedIn("anna");
        String call = BlackBoxTestBase.testBedCall(anna);
        String draft = draft(anna, call, DRAFT_TITLE, DRAFT_SUMMARY);
        addPartner(anna, draft, "Timr", "Timrå kommun (2262)");

        String inReview = submitted(anna, call, "Bedöms när servern dör");
        WebClient maria = signedIn("maria");
        post(maria, "review/check-eligibility.xhtml?number=" + inReview, "eligibility",
                Map.of("eligibility:eligible", "true", "eligibility:letterLanguage", "sv"), "eligibility:decide");
        post(maria, "review/assign-evaluators.xhtml?number=" + inReview, "assignment",
                Map.of("assignment:evaluators", "erik"), "assignment:assign");
        WebClient erik = signedIn("erik");
        post(erik, "review/declare-conflicts.xhtml?number=" + inReview, "declaration",
                Map.of("declaration:conflict", "false"), "declaration:declare");
        assertThat(erik.get("workflow/tasks.xhtml").body()).as("erik's scoring task before the crash")
                .contains("score-application.xhtml?number=" + inReview);
        assertThat(MailServer.await("anna@demo.anslag.se", "Kvitto: ansökan " + inReview, 1, MAIL_PATIENCE))
                .as("anna's receipt, delivered before the crash").hasSize(1);

        MailServer.stop();
        String queued = submitted(signedIn("tomas"), call, "Kvitto i kö när servern dör");
        awaitInLog("to tomas@demo.anslag.se not sent", "the outbox's failed attempt at tomas's receipt");

        Instant crash = Instant.now();
        if (clean) {
            server.shutDown();
        } else {
            server.kill();
        }
        ReviewTimers timers = new ReviewTimers(server);
        assertThat(timers.due(inReview, ReviewTimers.REMINDER)).as("the reminder timer kept, due in days")
                .hasValueSatisfying(due -> assertThat(due).isAfter(crash.plus(1, ChronoUnit.DAYS)));
        assertThat(timers.due(inReview, ReviewTimers.OVERDUE)).as("the overdue timer kept, due in days")
                .hasValueSatisfying(due -> assertThat(due).isAfter(crash.plus(1, ChronoUnit.DAYS)));
        Instant overdueAt = crash.plusMillis((long) (firstStart * 1000)).plus(OVERDUE_AFTER_READY);
        timers.moveTo(inReview, ReviewTimers.REMINDER, crash);
        timers.moveTo(inReview, ReviewTimers.OVERDUE, overdueAt);

        MailServer.start();
        Instant restarting = Instant.now();
        Map<String, Mail> expected = new LinkedHashMap<>();
        expected.put("tomas's receipt, queued at the crash", new Mail("tomas@demo.anslag.se", "Kvitto: ansökan " + queued));
        expected.put("erik's reminder, due during the downtime", new Mail("erik@demo.anslag.se", "Påminnelse: bedömningen av " + inReview));
        expected.put(OVERDUE_NOTICE, new Mail("maria@demo.anslag.se", "Bedömningen av " + inReview + " är försenad"));
        MailArrivals arrivals = MailArrivals.watch(expected);
        double restart = server.start();

        anna = signedIn("anna");
        String form = Html.unescape(anna.get("application/edit-application.xhtml?number=" + draft).body());
        assertThat(inputValue(form, "application:title")).as("the draft's title after the restart").isEqualTo(DRAFT_TITLE);
        assertThat(form).as("the draft's summary and partner after the restart").contains(DRAFT_SUMMARY, "Timrå kommun");
        String budget = anna.get("application/budget.xhtml?number=" + draft).body();
        assertThat(digits(inputValue(budget, "budget:rows:0:cost"))).as("the draft's budget line after the restart")
                .isEqualTo("250000");
        assertThat(signedIn("erik").get("workflow/tasks.xhtml").body()).as("erik's Att göra after the restart")
                .contains("score-application.xhtml?number=" + inReview);

        arrivals.awaitNew(expected.keySet(), MAIL_PATIENCE);
        CrashServer.pause(ONE_MORE_ROUND);
        arrivals.stop();
        Map<String, Integer> delivered = new LinkedHashMap<>();
        expected.forEach((what, mail) -> delivered.put(what, MailServer.to(mail.recipient(), mail.subject()).size()));
        int sentAgain = MailServer.to("anna@demo.anslag.se", "Kvitto: ansökan " + inReview).size();

        Instant ready = restarting.plusMillis((long) (restart * 1000));
        StringBuilder report = new StringBuilder(String.format(java.util.Locale.ROOT, """
                Restart survival on %s after a %s (port offset %d, %d cores, load average %.1f)
                  first start, empty database and demo seeded: %.1f s to ready
                  restart on the same data: %.1f s to ready
                  erik's reminder was made due at the crash, maria's overdue notice %.1f s after the restart was ready
                """, database, clean ? "clean stop (SIGTERM)" : "kill -9", Integer.getInteger("crash.port.offset", 700),
                Runtime.getRuntime().availableProcessors(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), firstStart, restart,
                Duration.between(ready, overdueAt).toMillis() / 1000.0));
        delivered.forEach((what, count) -> report.append(String.format(java.util.Locale.ROOT,
                "  %s: %d delivered, the first %s after the restart was ready%n", what, count, arrivals.secondsAfter(what, ready))));
        report.append(String.format(java.util.Locale.ROOT, "  maria's overdue notice came %s after its due time%n",
                arrivals.secondsAfter(OVERDUE_NOTICE, overdueAt)));
        report.append(String.format(java.util.Locale.ROOT, "  anna's receipt, delivered before the crash: %d delivered again%n", sentAgain));
        System.out.print(report);
        Files.writeString(directory.resolve("report.txt"), report.toString(), StandardCharsets.UTF_8);

        assertThat(delivered).as("mail after the restart").allSatisfy((mail, count) -> assertThat(count).as(mail).isEqualTo(1));
        assertThat(sentAgain).as("anna's receipt sent again after the restart").isZero();
        assertThat(arrivals.arrival(OVERDUE_NOTICE)).as("the overdue notice not before its time")
                .hasValueSatisfying(came -> assertThat(came).isAfterOrEqualTo(overdueAt));
        server.shutDown();
    }

    private WebClient signedIn(String username) {
        WebClient client = new WebClient(server.app());
        assertThat(client.signIn(username, BlackBoxTestBase.DEMO_PASSWORD).statusCode()).as("sign-in of " + username).isEqualTo(302);
        return client;
    }

    /** A draft over the applicant API: title, summary and one budget line of 250 000 kr with 50 000 kr co-funding. */
    private static String draft(WebClient applicant, String call, String title, String summary) {
        String json = "{\"callId\":" + call + ",\"title\":\"" + title + "\",\"summary\":\"" + summary + "\","
                + "\"budget\":[{\"year\":" + java.time.LocalDate.now().getYear()
                + ",\"category\":\"EQUIPMENT\",\"cost\":250000,\"coFunding\":50000}]}";
        HttpResponse<String> created = applicant.postBody("api/applications", "application/json",
                json.getBytes(StandardCharsets.UTF_8), FROM_THE_APP);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return field(created.body(), "number");
    }

    /** Picks the partner on the draft's form as a browser would, and adds it (the form saves the draft too). */
    private static void addPartner(WebClient applicant, String number, String typed, String label) {
        String page = applicant.get("application/edit-application.xhtml?number=" + number).body();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("application:title", DRAFT_TITLE);
        fields.put("application:summary", DRAFT_SUMMARY);
        fields.put("application:requestedAmount", inputValue(Html.unescape(page), "application:requestedAmount"));
        fields.put("application:partner_input", label);
        fields.put("application:partner_hinput", applicant.suggestion(page, "application", "application:partner", typed, label));
        HttpResponse<String> added = applicant.submit(page, "application", fields, "application:add-partner");
        String after = added.statusCode() == 302 ? applicant.get("application/edit-application.xhtml?number=" + number).body()
                : added.body();
        assertThat(after).as("the partner on the saved draft").contains("Timrå kommun");
    }

    /** A draft with a plan attached, submitted over the API; returns its number. */
    private static String submitted(WebClient applicant, String call, String title) {
        String number = draft(applicant, call, title, "Inskickad i återstartsprovet.");
        HttpResponse<String> attached = applicant.postBody("api/applications/" + number + "/attachments", "application/pdf",
                "%PDF-1.4\n% projektplan\n%%EOF\n".getBytes(StandardCharsets.US_ASCII),
                Map.of("X-Requested-By", "it", "X-File-Name", "projektplan.pdf", "Accept", "application/json"));
        assertThat(attached.statusCode()).as(attached.body()).isEqualTo(201);
        HttpResponse<String> receipt = applicant.postBody("api/applications/" + number + "/submission", "application/json",
                new byte[0], FROM_THE_APP);
        assertThat(receipt.statusCode()).as(receipt.body()).isEqualTo(200);
        return number;
    }

    /** Posts a page's form with its button; whether the step took is checked by the pages that follow it. */
    private static void post(WebClient user, String path, String form, Map<String, String> fields, String button) {
        HttpResponse<String> answer = user.submit(user.get(path).body(), form, fields, button);
        assertThat(answer.statusCode()).as(button + " on " + path).isIn(200, 302);
    }

    private void awaitInLog(String text, String what) throws Exception {
        Instant giveUp = Instant.now().plus(MAIL_PATIENCE);
        while (!Files.readString(server.log(), StandardCharsets.UTF_8).contains(text)) {
            assertThat(Instant.now()).as(what + " in " + server.log()).isBefore(giveUp);
            CrashServer.pause(Duration.ofMillis(250));
        }
    }

    private static String inputValue(String html, String id) {
        Matcher input = Pattern.compile("<input[^>]*\\bid=\"" + Pattern.quote(id) + "\"[^>]*>").matcher(html);
        assertThat(input.find()).as("input " + id).isTrue();
        Matcher value = Pattern.compile("\\bvalue=\"([^\"]*)\"").matcher(input.group());
        return value.find() ? value.group(1) : "";
    }

    private static String digits(String amount) {
        return amount.replaceAll("[^0-9]", "");
    }

    private static String field(String json, String name) {
        Matcher value = Pattern.compile("\"" + name + "\":\"([^\"]*)\"").matcher(json);
        assertThat(value.find()).as(name + " in " + json).isTrue();
        return value.group(1);
    }
}
