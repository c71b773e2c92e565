import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Deadline rush: an open-loop load of submissions at a constant rate, each uploading a 1 MB
 * attachment and then submitting; a share of the submissions is sent twice, as a browser retry
 * would. Latency counts from each submission's scheduled start, so a slow server cannot slow the
 * load down (no coordinated omission). Afterwards the database is checked: every acknowledged
 * submission exists once, with one process instance, and nothing is duplicated.
 *
 * Run by bin/bench; parameters: -Dbench.url, -Dbench.rate (per second), -Dbench.duration (s),
 * -Dbench.attachmentBytes, -Dbench.duplicateShare, -Dbench.jdbc, -Dbench.callTitle.
 */
public class DeadlineRush {

    static final String URL = System.getProperty("bench.url", "http://localhost:8380/anslag/");
    static final double RATE = Double.parseDouble(System.getProperty("bench.rate", "10"));
    static final int DURATION = Integer.getInteger("bench.duration", 300);
    static final int ATTACHMENT = Integer.getInteger("bench.attachmentBytes", 1024 * 1024);
    static final double DUPLICATES = Double.parseDouble(System.getProperty("bench.duplicateShare", "0.10"));
    static final String JDBC = System.getProperty("bench.jdbc", "jdbc:postgresql://127.0.0.1:5432/anslag_bench");
    static final String CALL = System.getProperty("bench.callTitle", "Testbäddar 2026");

    record Draft(String number) {
    }

    record Outcome(String number, long latencyMillis, String error, boolean duplicateAgreed) {
    }

    public static void main(String[] args) throws Exception {
        int submissions = (int) Math.round(RATE * DURATION);
        System.out.printf("deadline rush: %d submissions at %.1f/s for %d s, %d-byte attachments, %.0f%% sent twice%n",
                submissions, RATE, DURATION, ATTACHMENT, DUPLICATES * 100);
        HttpClient client = signIn("anna", "demo");
        long callId = callId(client);
        List<Draft> drafts = prepareDrafts(client, callId, submissions);
        System.out.printf("setup: %d drafts ready%n", drafts.size());

        Random random = new Random(42);
        List<Outcome> outcomes = new CopyOnWriteArrayList<>();
        ExecutorService workers = Executors.newFixedThreadPool(200);
        ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
        CountDownLatch done = new CountDownLatch(submissions);
        long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(500);
        long intervalNanos = (long) (1_000_000_000L / RATE);
        for (int i = 0; i < submissions; i++) {
            Draft draft = drafts.get(i);
            boolean duplicate = random.nextDouble() < DUPLICATES;
            long scheduled = start + i * intervalNanos;
            clock.schedule(() -> workers.submit(() -> {
                try {
                    outcomes.add(submit(client, draft, duplicate, scheduled));
                } finally {
                    done.countDown();
                }
            }), scheduled - System.nanoTime(), TimeUnit.NANOSECONDS);
        }
        done.await(DURATION + 600L, TimeUnit.SECONDS);
        clock.shutdownNow();
        workers.shutdownNow();
        report(outcomes, submissions);
    }

    static Outcome submit(HttpClient client, Draft draft, boolean duplicate, long scheduledNanos) {
        try {
            byte[] file = pdf(draft.number());
            HttpResponse<String> upload = client.send(HttpRequest.newBuilder(URI.create(URL + "api/applications/" + draft.number() + "/attachments"))
                    .header("X-Requested-By", "bench").header("X-File-Name", "plan-" + draft.number() + ".pdf")
                    .header("Content-Type", "application/pdf")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(file)).timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (upload.statusCode() != 201) {
                return new Outcome(draft.number(), elapsed(scheduledNanos), "upload " + upload.statusCode() + " " + upload.body(), true);
            }
            HttpResponse<String> receipt = postSubmission(client, draft);
            long latency = elapsed(scheduledNanos);
            if (receipt.statusCode() != 200) {
                return new Outcome(draft.number(), latency, "submit " + receipt.statusCode() + " " + receipt.body(), true);
            }
            boolean agreed = true;
            if (duplicate) {
                HttpResponse<String> again = postSubmission(client, draft);
                agreed = again.statusCode() == 200 && again.body().equals(receipt.body());
            }
            return new Outcome(field(receipt.body(), "number"), latency, null, agreed);
        } catch (Exception e) {
            return new Outcome(draft.number(), elapsed(scheduledNanos), e.toString(), true);
        }
    }

    static HttpResponse<String> postSubmission(HttpClient client, Draft draft) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(URL + "api/applications/" + draft.number() + "/submission"))
                .header("X-Requested-By", "bench").POST(HttpRequest.BodyPublishers.noBody())
                .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static void report(List<Outcome> outcomes, int expected) throws Exception {
        List<Long> latencies = new ArrayList<>(outcomes.stream().map(Outcome::latencyMillis).toList());
        Collections.sort(latencies);
        List<Outcome> errors = outcomes.stream().filter(o -> o.error() != null).toList();
        long disagreeing = outcomes.stream().filter(o -> !o.duplicateAgreed()).count();
        List<String> acknowledged = outcomes.stream().filter(o -> o.error() == null).map(Outcome::number).toList();
        System.out.printf("completed %d of %d; errors %d; retried submissions with a different receipt %d%n",
                outcomes.size(), expected, errors.size(), disagreeing);
        errors.stream().limit(5).forEach(e -> System.out.println("  error: " + e.error()));
        System.out.printf("latency ms: p50 %d, p95 %d, p99 %d, max %d%n", percentile(latencies, 50),
                percentile(latencies, 95), percentile(latencies, 99), latencies.isEmpty() ? 0 : latencies.get(latencies.size() - 1));

        try (Connection db = DriverManager.getConnection(JDBC, System.getProperty("bench.dbUser", "anslag"),
                System.getProperty("bench.dbPassword", "anslag"))) {
            int missing = 0;
            int notOneProcess = 0;
            try (PreparedStatement application = db.prepareStatement(
                    "select count(*) from grant_application where application_number = ? and status = 'SUBMITTED'");
                 PreparedStatement process = db.prepareStatement(
                    "select count(*) from act_hi_procinst where business_key_ = ? and proc_def_key_ = 'grant-application'")) {
                for (String number : acknowledged) {
                    missing += count(application, number) == 1 ? 0 : 1;
                    notOneProcess += count(process, number) == 1 ? 0 : 1;
                }
            }
            long duplicateApplications = single(db, "select count(*) from (select application_number from grant_application"
                    + " group by application_number having count(*) > 1) d");
            long duplicateProcesses = single(db, "select count(*) from (select business_key_ from act_hi_procinst"
                    + " where proc_def_key_ = 'grant-application' group by business_key_ having count(*) > 1) d");
            long duplicateReceipts = single(db, "select count(*) from (select dedupe_key from outbox_message"
                    + " group by dedupe_key having count(*) > 1) d");
            System.out.printf("database: acknowledged %d, missing or not submitted %d, without exactly one process %d,"
                            + " duplicate applications %d, duplicate processes %d, duplicate mails %d%n",
                    acknowledged.size(), missing, notOneProcess, duplicateApplications, duplicateProcesses, duplicateReceipts);
            boolean p99Met = percentile(latencies, 99) <= 2000;
            boolean ok = errors.isEmpty() && disagreeing == 0 && missing == 0 && notOneProcess == 0
                    && duplicateApplications == 0 && duplicateProcesses == 0 && duplicateReceipts == 0
                    && outcomes.size() == expected;
            System.out.printf("target 0 errors, p99 <= 2 s, 0 duplicates: %s (p99 %s)%n", ok && p99Met ? "MET" : "NOT MET",
                    p99Met ? "met" : "missed");
            if (!ok) {
                System.exit(1);
            }
        }
    }

    static long percentile(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }

    static int count(PreparedStatement statement, String number) throws Exception {
        statement.setString(1, number);
        try (ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getInt(1);
        }
    }

    static long single(Connection db, String sql) throws Exception {
        try (ResultSet rows = db.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    static long elapsed(long scheduledNanos) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - scheduledNanos);
    }

    /** Random bytes after a PDF header: unique per application, recognised as PDF by the server. */
    static byte[] pdf(String number) {
        byte[] bytes = new byte[ATTACHMENT];
        new Random(number.hashCode()).nextBytes(bytes);
        byte[] header = ("%PDF-1.4\n% " + number + "\n").getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(header, 0, bytes, 0, header.length);
        return bytes;
    }

    static List<Draft> prepareDrafts(HttpClient client, long callId, int count) throws Exception {
        Map<Integer, Draft> drafts = new ConcurrentHashMap<>();
        ExecutorService setup = Executors.newFixedThreadPool(4);
        AtomicInteger failures = new AtomicInteger();
        int year = java.time.LocalDate.now().getYear();
        for (int i = 0; i < count; i++) {
            int index = i;
            setup.submit(() -> {
                String body = "{\"callId\":" + callId + ",\"title\":\"Rusning " + index + "\",\"summary\":\"Deadline rush\","
                        + "\"budget\":[{\"year\":" + year + ",\"category\":\"PERSONNEL\",\"cost\":500000,\"coFunding\":0}]}";
                try {
                    HttpResponse<String> created = client.send(HttpRequest.newBuilder(URI.create(URL + "api/applications"))
                            .header("X-Requested-By", "bench").header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                    if (created.statusCode() != 201) {
                        throw new IllegalStateException(created.statusCode() + " " + created.body());
                    }
                    drafts.put(index, new Draft(field(created.body(), "number")));
                } catch (Exception e) {
                    if (failures.incrementAndGet() < 3) {
                        System.out.println("setup failed: " + e);
                    }
                }
            });
        }
        setup.shutdown();
        setup.awaitTermination(30, TimeUnit.MINUTES);
        if (failures.get() > 0) {
            throw new IllegalStateException(failures.get() + " drafts could not be created");
        }
        List<Draft> ordered = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ordered.add(drafts.get(i));
        }
        return ordered;
    }

    static long callId(HttpClient client) throws Exception {
        String page = client.send(HttpRequest.newBuilder(URI.create(URL + "public/calls.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher row = Pattern.compile(Pattern.quote(CALL) + ".*?edit-application\\.xhtml\\?call=(\\d+)", Pattern.DOTALL).matcher(page);
        if (!row.find()) {
            throw new IllegalStateException("no open call named " + CALL);
        }
        return Long.parseLong(row.group(1));
    }

    static HttpClient signIn(String username, String password) throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(10)).build();
        String page = client.send(HttpRequest.newBuilder(URI.create(URL + "login.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher state = Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]*)\"").matcher(page);
        if (!state.find()) {
            throw new IllegalStateException("no view state on the login page");
        }
        String form = "login=login&login%3Ausername=" + username + "&login%3Apassword=" + password
                + "&login%3Asubmit=&jakarta.faces.ViewState=" + URLEncoder.encode(state.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> signedIn = client.send(HttpRequest.newBuilder(URI.create(URL + "login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (!signedIn.body().contains("signed-in-as")) {
            throw new IllegalStateException("sign-in as " + username + " failed");
        }
        return client;
    }

    static String field(String json, String name) {
        Matcher value = Pattern.compile("\"" + name + "\":\"?([^\",}]*)").matcher(json);
        if (!value.find()) {
            throw new IllegalStateException("no " + name + " in " + json);
        }
        return value.group(1);
    }
}
