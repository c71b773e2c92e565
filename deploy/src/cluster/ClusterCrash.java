import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * bin/cluster crash: a deadline burst through the balancer (DeadlineRush's submissions, 10 % sent
 * twice, from eight applicant sessions that the balancer spreads over the nodes), and half way
 * kill -9 of the node of the first session, at a moment when it holds locks on review-reminder
 * jobs that have just fallen due. A submission that fails
 * because its node died is sent again, as a user would press the button again, until it is
 * acknowledged. Then checks: every acknowledged submission exists once with its receipt number and
 * one process instance (DeadlineRush's report), no process instance without an application nor a
 * submitted application without one, no mail twice at the SMTP server, the dead node's locked jobs
 * done by the other node within lock time + 30 s, and tomas, whose session lived on the dead node
 * with a draft open, saves that draft on the other node without signing in again.
 *
 * Parameters: DeadlineRush's (-Dbench.url, -Dbench.rate, -Dbench.duration, ...), -Dcrash.state
 * (bin/cluster's directory with the pid files and the sink's mail.jsonl), -Dcrash.reviews (50
 * applications in review, four reminders each), -Dcrash.sessions (8), -Dcrash.lockSeconds (60,
 * the engine's lock time).
 */
public class ClusterCrash {

    static final Path STATE = Path.of(System.getProperty("crash.state"));
    static final Path SINK = STATE.resolve("mail.jsonl");
    static final int LOCK_SECONDS = Integer.getInteger("crash.lockSeconds", 60);

    record Attempted(DeadlineRush.Outcome outcome, int attempts) {
    }

    public static void main(String[] args) throws Exception {
        List<String> reviewed = Pages.seedReviews(Integer.getInteger("crash.reviews", 50), ClusterJobs.EVALUATORS);
        // on deadline day many people submit, each in a session of their own that the balancer
        // places by load; here anna signs in that many times
        List<Pages.User> applicants = new ArrayList<>();
        for (int i = 0; i < Integer.getInteger("crash.sessions", 8); i++) {
            applicants.add(Pages.signIn("anna"));
        }
        Pages.User anna = applicants.get(0);
        String victim = anna.route();
        Pages.User tomas = signedInOn(victim);
        String draft = DeadlineRush.prepareDrafts(tomas.client(), DeadlineRush.callId(tomas.client()), 1).get(0).number();
        saveDraft(tomas, draft, "Testbädd före krasch");
        System.out.printf("%d applicant sessions, on %s; tomas has draft %s open on %s (saved once there)%n",
                applicants.size(), applicants.stream().map(Pages.User::route).sorted().toList(), draft, tomas.route());

        int submissions = (int) Math.round(DeadlineRush.RATE * DeadlineRush.DURATION);
        List<DeadlineRush.Draft> drafts = DeadlineRush.prepareDrafts(anna.client(), DeadlineRush.callId(anna.client()), submissions);
        System.out.printf("burst: %d submissions at %.1f/s for %d s through %s, %.0f%% sent twice, %d-byte attachments; kill -9 %s at %d s%n",
                submissions, DeadlineRush.RATE, DeadlineRush.DURATION, DeadlineRush.URL, DeadlineRush.DUPLICATES * 100,
                DeadlineRush.ATTACHMENT, victim, DeadlineRush.DURATION / 2);
        Timestamp since = new Timestamp(System.currentTimeMillis() - 1000);
        int mailsBefore = Pages.lines(SINK);

        Random random = new Random(42);
        List<Attempted> outcomes = new CopyOnWriteArrayList<>();
        ExecutorService workers = Executors.newFixedThreadPool(200);
        ScheduledExecutorService clock = Executors.newScheduledThreadPool(2);
        CountDownLatch done = new CountDownLatch(submissions);
        long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(500);
        long interval = (long) (1_000_000_000L / DeadlineRush.RATE);
        for (int i = 0; i < submissions; i++) {
            DeadlineRush.Draft next = drafts.get(i);
            Pages.User applicant = applicants.get(i % applicants.size());
            boolean duplicate = random.nextDouble() < DeadlineRush.DUPLICATES;
            long scheduled = start + i * interval;
            clock.schedule(() -> workers.submit(() -> {
                try {
                    outcomes.add(submitUntilAcknowledged(applicant, next, duplicate, scheduled));
                } finally {
                    done.countDown();
                }
            }), scheduled - System.nanoTime(), TimeUnit.NANOSECONDS);
        }
        Crash crash = new Crash(victim, reviewed);
        clock.schedule(crash::run, start + TimeUnit.SECONDS.toNanos(DeadlineRush.DURATION / 2) - System.nanoTime(), TimeUnit.NANOSECONDS);
        done.await(DeadlineRush.DURATION + 900L, TimeUnit.SECONDS);
        workers.shutdownNow();

        String after = saveDraft(tomas, draft, "Testbädd efter krasch");
        crash.awaitLockedJobs();
        clock.shutdownNow();

        long retried = outcomes.stream().filter(o -> o.attempts() > 1).count();
        System.out.printf("submissions sent again after a failure: %d (attempts up to %d)%n",
                retried, outcomes.stream().mapToInt(Attempted::attempts).max().orElse(0));
        boolean passed = crash.passed() && after.equals("Testbädd efter krasch");
        System.out.printf("draft: tomas saved %s again after the crash, served by %s, still signed in: title now '%s' in the database%n",
                draft, tomas.route(), after);
        try (Connection db = Pages.database()) {
            Pages.awaitOutbox(db, since, Duration.ofMinutes(3));
            long orphanProcesses = Pages.count(db, "select count(*) from act_ru_execution e where e.parent_id_ is null"
                    + " and e.business_key_ is not null and e.proc_def_id_ like 'grant-application:%'"
                    + " and not exists (select 1 from grant_application a where a.application_number = e.business_key_)");
            // applications submitted in this run (the demo's history of closed and rejected ones has no process)
            long withoutProcess = Pages.count(db, "select count(*) from grant_application a where a.submitted_at >= ?"
                    + " and not exists (select 1 from act_hi_procinst p where p.business_key_ = a.application_number"
                    + " and p.proc_def_key_ = 'grant-application')", since);
            long submittedInRun = Pages.count(db, "select count(*) from grant_application where submitted_at >= ?", since);
            Map<Pages.Received, Integer> tally = Pages.tally(Pages.received(SINK, mailsBefore));
            long twice = tally.values().stream().filter(n -> n > 1).count();
            List<String> acknowledged = outcomes.stream().map(Attempted::outcome).filter(o -> o.error() == null)
                    .map(DeadlineRush.Outcome::number).toList();
            long receiptsOnce = acknowledged.stream().filter(number -> tally.entrySet().stream()
                    .filter(e -> e.getKey().to().equals("anna@demo.anslag.se") && e.getKey().subject().contains(number))
                    .mapToInt(Map.Entry::getValue).sum() == 1).count();
            System.out.printf("processes without an application %d; applications submitted in the run %d, without a process %d%n",
                    orphanProcesses, submittedInRun, withoutProcess);
            System.out.printf("SMTP server: %d mails in the run, (recipient, subject) received more than once %d;"
                    + " receipts to anna exactly once for %d of %d acknowledged submissions%n",
                    tally.values().stream().mapToInt(Integer::intValue).sum(), twice, receiptsOnce, acknowledged.size());
            passed &= crash.remindersOnce(db) && orphanProcesses == 0 && withoutProcess == 0 && twice == 0 && receiptsOnce == acknowledged.size();
        }
        System.out.printf("crash checks besides the database report below: %s%n", passed ? "PASSED" : "FAILED");
        // DeadlineRush's report: latency, errors, and in the database exactly once with receipt and process
        DeadlineRush.report(outcomes.stream().map(Attempted::outcome).toList(), submissions);
        System.exit(passed ? 0 : 1);
    }

    /**
     * Uploads and submits; when the node dies under a request (connection closed, 5xx, timeout) the
     * step is sent again after a second, as a user would press the button again. An upload refused
     * with 4xx after a failed attempt means the first one reached the database.
     */
    static Attempted submitUntilAcknowledged(Pages.User anna, DeadlineRush.Draft draft, boolean duplicate, long scheduled) {
        int attempts = 0;
        boolean uploaded = false;
        String lastError = null;
        // a user gives up after five minutes
        while (DeadlineRush.elapsed(scheduled) < 300_000) {
            attempts++;
            try {
                if (!uploaded) {
                    HttpResponse<String> upload = anna.client().send(HttpRequest.newBuilder(
                                    URI.create(DeadlineRush.URL + "api/applications/" + draft.number() + "/attachments"))
                            .header("X-Requested-By", "bench").header("X-File-Name", "plan-" + draft.number() + ".pdf")
                            .header("Content-Type", "application/pdf").timeout(Duration.ofSeconds(60))
                            .POST(HttpRequest.BodyPublishers.ofByteArray(DeadlineRush.pdf(draft.number()))).build(),
                            HttpResponse.BodyHandlers.ofString());
                    uploaded = upload.statusCode() == 201 || (attempts > 1 && upload.statusCode() < 500);
                    if (!uploaded) {
                        lastError = "upload " + upload.statusCode() + " " + upload.body();
                        if (upload.statusCode() < 500) {
                            break;
                        }
                        pause();
                        continue;
                    }
                }
                HttpResponse<String> receipt = DeadlineRush.postSubmission(anna.client(), draft);
                long latency = DeadlineRush.elapsed(scheduled);
                if (receipt.statusCode() != 200) {
                    lastError = "submit " + receipt.statusCode() + " " + receipt.body();
                    if (receipt.statusCode() < 500) {
                        break;
                    }
                    pause();
                    continue;
                }
                boolean agreed = true;
                if (duplicate) {
                    HttpResponse<String> again = DeadlineRush.postSubmission(anna.client(), draft);
                    agreed = again.statusCode() == 200 && again.body().equals(receipt.body());
                }
                return new Attempted(new DeadlineRush.Outcome(DeadlineRush.field(receipt.body(), "number"), latency, null, agreed), attempts);
            } catch (Exception e) {
                lastError = e.toString();
                pause();
            }
        }
        return new Attempted(new DeadlineRush.Outcome(draft.number(), DeadlineRush.elapsed(scheduled), lastError, true), attempts);
    }

    private static void pause() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Signs tomas in until the balancer puts his session on the node that will die (new sessions go by load). */
    static Pages.User signedInOn(String node) throws Exception {
        Pages.User tomas = null;
        for (int i = 0; i < 20 && (tomas == null || !tomas.route().equals(node)); i++) {
            tomas = Pages.signIn("tomas");
        }
        return tomas;
    }

    /** Opens the draft's page and saves it with a new title, as tomas would; returns the title the database then holds. */
    static String saveDraft(Pages.User tomas, String number, String title) throws Exception {
        String page = Pages.get(tomas, "application/edit-application.xhtml?number=" + number);
        Pages.post(tomas, page, "application", "application:save", Map.of("application:title", List.of(title)));
        try (Connection db = Pages.database()) {
            return Pages.strings(db, "select title from grant_application where application_number = ?", number).get(0);
        }
    }

    /** Makes the reminders due, waits until the victim holds locks on some of them, kills it, and times their recovery. */
    static class Crash {
        final String victim;
        final List<String> reviewed;
        final AtomicLong killedAt = new AtomicLong();
        final AtomicInteger lockedAtKill = new AtomicInteger(-1);
        volatile List<String> locked = List.of();
        volatile double recoveredSeconds = -1;

        Crash(String victim, List<String> reviewed) {
            this.victim = victim;
            this.reviewed = reviewed;
        }

        void run() {
            try (Connection db = Pages.database()) {
                List<String> jobs = Pages.reminderJobs(db, reviewed);
                int due = Pages.makeDue(db, reviewed);
                long dueAt = System.nanoTime();
                String lockedByVictim = "select id_ from act_ru_job where lock_owner_ = ? and id_ = any(?)";
                while (locked.isEmpty() && System.nanoTime() - dueAt < TimeUnit.SECONDS.toNanos(20)) {
                    locked = Pages.strings(db, lockedByVictim, victim, db.createArrayOf("varchar", jobs.toArray()));
                }
                String pid = Files.readString(STATE.resolve(victim + ".pid")).trim();
                new ProcessBuilder("kill", "-9", pid).inheritIO().start().waitFor();
                killedAt.set(System.nanoTime());
                // what the dead node held when it died (it may have finished a few in the last moment)
                locked = Pages.strings(db, lockedByVictim, victim, db.createArrayOf("varchar", jobs.toArray()));
                lockedAtKill.set(locked.size());
                System.out.printf("%n*** kill -9 %s (pid %s): %d reminders made due %.1f s before; it held locks on %d of them%n",
                        victim, pid, due, (killedAt.get() - dueAt) / 1e9, locked.size());
            } catch (Exception e) {
                System.out.println("crash step failed: " + e);
            }
        }

        /** Waits until the jobs the dead node held are gone from the job table (run by the survivor). */
        void awaitLockedJobs() throws Exception {
            if (killedAt.get() == 0) {
                return;
            }
            try (Connection db = Pages.database()) {
                long limit = TimeUnit.SECONDS.toNanos(LOCK_SECONDS + 120);
                while (System.nanoTime() - killedAt.get() < limit) {
                    List<String> left = locked.isEmpty() ? List.of()
                            : Pages.strings(db, "select id_ from act_ru_job where id_ = any(?)", db.createArrayOf("varchar", locked.toArray()));
                    if (left.isEmpty()) {
                        recoveredSeconds = (System.nanoTime() - killedAt.get()) / 1e9;
                        break;
                    }
                    Thread.sleep(250);
                }
                System.out.printf("locked jobs of %s: %d, all run by the other node %.1f s after the kill (target <= lock time %d s + 30 s)%n",
                        victim, lockedAtKill.get(), recoveredSeconds, LOCK_SECONDS);
            }
        }

        /** After the outbox has sent what the run queued: each reminder of the seeded reviews once. */
        boolean remindersOnce(Connection db) throws Exception {
            long reminders = Pages.count(db, "select count(*) from outbox_message o join grant_application a"
                    + " on o.dedupe_key like 'review-due:' || a.id || ':%' where a.application_number = any(?)",
                    Pages.numbers(db, reviewed));
            System.out.printf("reminders queued %d of %d%n", reminders, reviewed.size() * ClusterJobs.EVALUATORS.size());
            return reminders == (long) reviewed.size() * ClusterJobs.EVALUATORS.size();
        }

        boolean passed() {
            return lockedAtKill.get() > 0 && recoveredSeconds >= 0 && recoveredSeconds <= LOCK_SECONDS + 30;
        }
    }
}
