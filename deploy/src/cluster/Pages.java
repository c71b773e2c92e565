import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the cluster checks share: users who sign in through the balancer and post the
 * application's own forms (with their view state, as a browser does), reviews seeded through those
 * pages so that review-reminder timers exist, the shared database, and the mails the cluster's SMTP
 * server (mail-sink.py) received. Compiled together with DeadlineRush, whose sign-in, drafts and
 * submissions it reuses.
 */
class Pages {

    static final String REMINDER = "BoundaryEvent_ReviewReminder";

    /** A signed-in user; {@code forms} shares the session but leaves redirects to the caller. */
    record User(String name, HttpClient client, HttpClient forms) {
        String route() {
            return ((CookieManager) client.cookieHandler().orElseThrow()).getCookieStore().getCookies().stream()
                    .filter(c -> c.getName().equals("JSESSIONID")).map(HttpCookie::getValue)
                    .map(v -> v.substring(v.lastIndexOf('.') + 1)).findFirst().orElse("?");
        }
    }

    /** Signs in through the balancer; after a 503 (UT005028, see README) signs in again, as a user would. */
    static User signIn(String username) throws Exception {
        HttpClient client = null;
        for (int attempt = 1; client == null; attempt++) {
            try {
                client = DeadlineRush.signIn(username, "demo");
            } catch (IllegalStateException e) {
                if (attempt == 5) {
                    throw e;
                }
                unavailable.incrementAndGet();
                Thread.sleep(1000);
            }
        }
        HttpClient forms = HttpClient.newBuilder().cookieHandler(client.cookieHandler().orElseThrow())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
        return new User(username, client, forms);
    }

    static String get(User user, String path) throws Exception {
        HttpResponse<String> page = user.forms().send(HttpRequest.newBuilder(URI.create(DeadlineRush.URL + path))
                .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        if (page.statusCode() != 200) {
            throw new IllegalStateException(user.name() + ": " + path + " answered " + page.statusCode()
                    + " " + page.headers().firstValue("Location").orElse(""));
        }
        return page.body();
    }

    /**
     * Posts form {@code formId} of {@code page} with the fields it already holds, {@code changes}
     * over them and the button pressed; a redirect means the action was taken (the application
     * answers a refused form with the page again and its messages).
     */
    static String post(User user, String page, String formId, String button, Map<String, List<String>> changes) throws Exception {
        Matcher form = Pattern.compile("<form id=\"" + Pattern.quote(formId) + "\"[^>]*action=\"([^\"]*)\"(.*?)</form>",
                Pattern.DOTALL).matcher(page);
        if (!form.find()) {
            throw new IllegalStateException(user.name() + ": no form " + formId + " on the page");
        }
        Map<String, List<String>> fields = fields(form.group(2));
        fields.putAll(changes);
        fields.put(button, List.of(""));
        StringBuilder body = new StringBuilder();
        fields.forEach((name, values) -> values.forEach(value -> body.append(body.isEmpty() ? "" : "&")
                .append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8))));
        Matcher nonce = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']*)'\\)").matcher(page);
        if (nonce.find()) {
            body.append("&primefaces.nonce=").append(URLEncoder.encode(nonce.group(1), StandardCharsets.UTF_8));
        }
        URI action = URI.create(DeadlineRush.URL).resolve(unescape(form.group(1)));
        HttpResponse<String> answer = user.forms().send(HttpRequest.newBuilder(action)
                .header("Content-Type", "application/x-www-form-urlencoded").timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 302) {
            Matcher message = Pattern.compile("class=\"ui-message-error-detail\">([^<]*)<").matcher(answer.body());
            throw new IllegalStateException(user.name() + ": " + formId + " answered " + answer.statusCode()
                    + (message.find() ? " (" + unescape(message.group(1)) + ")" : ""));
        }
        return answer.headers().firstValue("Location").orElse("");
    }

    /** The values a browser would send: inputs, checked boxes, text areas and chosen options. */
    static Map<String, List<String>> fields(String form) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        Matcher input = Pattern.compile("<input([^>]*)>").matcher(form);
        while (input.find()) {
            String tag = input.group(1);
            String type = attribute(tag, "type");
            String name = attribute(tag, "name");
            if (name == null || List.of("submit", "button", "image", "file").contains(type)
                    || (List.of("checkbox", "radio").contains(type) && !tag.contains("checked"))) {
                continue;
            }
            String value = attribute(tag, "value");
            fields.computeIfAbsent(name, n -> new ArrayList<>()).add(value == null ? "" : value);
        }
        Matcher area = Pattern.compile("<textarea([^>]*)>(.*?)</textarea>", Pattern.DOTALL).matcher(form);
        while (area.find()) {
            fields.put(attribute(area.group(1), "name"), List.of(unescape(area.group(2))));
        }
        Matcher select = Pattern.compile("<select([^>]*)>(.*?)</select>", Pattern.DOTALL).matcher(form);
        while (select.find()) {
            Matcher chosen = Pattern.compile("<option([^>]*selected[^>]*)>").matcher(select.group(2));
            if (chosen.find()) {
                fields.put(attribute(select.group(1), "name"), List.of(attribute(chosen.group(1), "value")));
            }
        }
        return fields;
    }

    static String attribute(String tag, String name) {
        Matcher value = Pattern.compile("\\s" + name + "=\"([^\"]*)\"").matcher(tag);
        return value.find() ? unescape(value.group(1)) : null;
    }

    static String unescape(String html) {
        Matcher entity = Pattern.compile("&#(\\d+);").matcher(html);
        StringBuilder out = new StringBuilder();
        while (entity.find()) {
            entity.appendReplacement(out, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(entity.group(1)))));
        }
        entity.appendTail(out);
        return out.toString().replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&amp;", "&");
    }

    /**
     * Submitted applications in review, each with the evaluators assigned and past their conflict
     * declaration, so that each (application, evaluator) waits on a review-reminder timer: anna
     * creates and submits through the API, maria decides eligibility and assigns, each evaluator
     * declares no conflict, all through the pages. Returns the application numbers.
     */
    static List<String> seedReviews(int applications, List<String> evaluators) throws Exception {
        long started = System.nanoTime();
        User anna = signIn("anna");
        List<DeadlineRush.Draft> drafts = DeadlineRush.prepareDrafts(anna.client(), DeadlineRush.callId(anna.client()), applications);
        List<String> numbers = new ArrayList<>();
        for (DeadlineRush.Outcome submitted : inParallel(drafts.stream().map(draft -> (Callable<DeadlineRush.Outcome>) () -> {
            DeadlineRush.Outcome outcome = DeadlineRush.submit(anna.client(), draft, false, System.nanoTime());
            for (int attempt = 1; outcome.error() != null && outcome.error().contains(" 503 ") && attempt < 5; attempt++) {
                unavailable.incrementAndGet();
                outcome = DeadlineRush.submit(anna.client(), draft, false, System.nanoTime());
            }
            return outcome;
        }).toList())) {
            if (submitted.error() != null) {
                throw new IllegalStateException("seeding: " + submitted.error());
            }
            numbers.add(submitted.number());
        }
        User maria = signIn("maria");
        inParallel(numbers.stream().map(number -> (Callable<Object>) () -> {
            step(maria, "review/check-eligibility.xhtml?number=" + number, "eligibility", "eligibility:decide",
                    Map.of("eligibility:eligible", List.of("true"), "eligibility:note", List.of("Uppfyller kraven."),
                            "eligibility:letterLanguage", List.of("sv")));
            return step(maria, "review/assign-evaluators.xhtml?number=" + number, "assignment", "assignment:assign",
                    Map.of("assignment:evaluators", evaluators));
        }).toList());
        List<Callable<Object>> declarations = new ArrayList<>();
        for (String evaluator : evaluators) {
            User user = signIn(evaluator);
            numbers.forEach(number -> declarations.add(() -> step(user, "review/declare-conflicts.xhtml?number=" + number,
                    "declaration", "declaration:declare", Map.of("declaration:conflict", List.of("false")))));
        }
        inParallel(declarations);
        System.out.printf("seeded through the pages: %d applications in review x %d evaluators = %d review reminders waiting"
                        + " (%.0f s; pages reloaded after a 503 of the balancer: %d)%n", numbers.size(), evaluators.size(),
                numbers.size() * evaluators.size(), (System.nanoTime() - started) / 1e9, unavailable.get());
        return numbers;
    }

    /**
     * Opens a page and posts its form. The balancer now and then answers 503 when a kept-alive
     * connection to a node was closed (UT005028); a user reloads, and so does this, up to five
     * times. A page that no longer shows the form after such a reload had its post taken already.
     */
    static String step(User user, String path, String formId, String button, Map<String, List<String>> changes) throws Exception {
        for (int attempt = 1; ; attempt++) {
            try {
                String page = get(user, path);
                if (attempt > 1 && !page.contains("<form id=\"" + formId + "\"")) {
                    return "taken before";
                }
                return post(user, page, formId, button, changes);
            } catch (IllegalStateException | java.io.IOException e) {
                if (attempt == 5 || !(e instanceof java.io.IOException || e.getMessage().contains("answered 503"))) {
                    throw e;
                }
                unavailable.incrementAndGet();
                Thread.sleep(1000);
            }
        }
    }

    static final java.util.concurrent.atomic.AtomicInteger unavailable = new java.util.concurrent.atomic.AtomicInteger();

    static <T> List<T> inParallel(List<Callable<T>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<T> results = new ArrayList<>();
            for (Future<T> result : pool.invokeAll(tasks)) {
                results.add(result.get());
            }
            return results;
        } finally {
            pool.shutdown();
        }
    }

    // --- the shared database ---------------------------------------------------------------

    static Connection database() throws SQLException {
        return DriverManager.getConnection(DeadlineRush.JDBC, "anslag", "anslag");
    }

    static Array numbers(Connection db, List<String> numbers) throws SQLException {
        return db.createArrayOf("varchar", numbers.toArray());
    }

    /** The review-reminder timer jobs of these applications (as the engine names them). */
    static final String REMINDER_JOBS = "select j.id_ from act_ru_job j join act_ru_jobdef d on d.id_ = j.job_def_id_"
            + " join act_ru_execution e on e.id_ = j.process_instance_id_"
            + " where d.act_id_ = '" + REMINDER + "' and e.business_key_ = any(?)";

    static List<String> reminderJobs(Connection db, List<String> numbers) throws SQLException {
        return strings(db, REMINDER_JOBS, numbers(db, numbers));
    }

    /** Lets the reminders fall due now, as ReminderDrainBench does through the engine. */
    static int makeDue(Connection db, List<String> numbers) throws SQLException {
        try (PreparedStatement due = db.prepareStatement("update act_ru_job set duedate_ = now() where id_ in (" + REMINDER_JOBS + ")")) {
            due.setArray(1, numbers(db, numbers));
            return due.executeUpdate();
        }
    }

    static List<String> strings(Connection db, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            List<String> values = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
            return values;
        }
    }

    static long count(Connection db, String sql, Object... parameters) throws SQLException {
        return Long.parseLong(strings(db, sql, parameters).get(0));
    }

    /** Waits until the outbox has sent (or given up on) every mail queued since {@code since}; then one more round. */
    static void awaitOutbox(Connection db, java.sql.Timestamp since, Duration patience) throws Exception {
        long end = System.nanoTime() + patience.toNanos();
        long waiting;
        while ((waiting = count(db, "select count(*) from outbox_message where sent_at is null and created_at >= ?"
                + " and attempts < attempt_limit", since)) > 0 && System.nanoTime() < end) {
            Thread.sleep(1000);
        }
        Thread.sleep(6000); // one more round of the five-second outbox schedule on each node
        System.out.printf("outbox: %d mails queued since the start still unsent%n", waiting);
    }

    // --- the mails the SMTP server received ------------------------------------------------

    record Received(String to, String subject) {
    }

    /** Lines of the sink's file from line {@code from} on (the sink appends one per recipient). */
    static List<Received> received(Path sink, int from) throws Exception {
        Pattern line = Pattern.compile("\"to\": \"((?:[^\"\\\\]|\\\\.)*)\", \"subject\": \"((?:[^\"\\\\]|\\\\.)*)\"");
        List<Received> mails = new ArrayList<>();
        List<String> lines = Files.readAllLines(sink);
        for (String text : lines.subList(Math.min(from, lines.size()), lines.size())) {
            Matcher m = line.matcher(text);
            if (m.find()) {
                mails.add(new Received(m.group(1), m.group(2).replace("\\\"", "\"")));
            }
        }
        return mails;
    }

    static int lines(Path sink) throws Exception {
        return Files.exists(sink) ? Files.readAllLines(sink).size() : 0;
    }

    /** How often each (recipient, subject) arrived. */
    static Map<Received, Integer> tally(List<Received> mails) {
        Map<Received, Integer> tally = new HashMap<>();
        mails.forEach(mail -> tally.merge(mail, 1, Integer::sum));
        return tally;
    }
}
