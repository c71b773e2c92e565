package org.anslag.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.transaction.UserTransaction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import javax.sql.DataSource;
import org.anslag.call.FundingCall;
import org.anslag.it.support.MailServer;
import org.anslag.it.support.Scenarios;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Benchmark, not a test of the suite (bin/bench reminders runs it on PostgreSQL): 3000 review
 * reminders (300 applications, ten evaluators each) fall due at once and the job executor drains them, each queuing one e-mail. Beside it,
 * in the same server and run, the bare engine drains 3000 timers of a process with nothing to do;
 * then a standalone engine in the bench's JVM ({@link StandaloneEngineDrain}) drains 3000 of the
 * same timers on a database of its own. Prints jobs per second for all three and the ratios; fails
 * unless exactly 3000 reminders are mailed.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
public class ReminderDrainBench {

    private static final int APPLICATIONS = 300;
    private static final int EVALUATORS = 10;
    private static final int REMINDERS = APPLICATIONS * EVALUATORS;
    private static final String REPORT = "reminder-drain.txt";
    /** The server's two rates, for the standalone comparison made in the bench's JVM. */
    private static final String RATES = "reminder-drain.properties";
    private static final String BARE_PROCESS = "bench-bare-timer";
    private static final Duration PATIENCE = Duration.ofMinutes(10);

    @Resource(lookup = "java:comp/UserTransaction")
    UserTransaction tx;
    @Resource(lookup = "java:jboss/datasources/AnslagDS")
    DataSource database;

    private record Drain(int jobs, double secondsFromDue, double secondsFromFirstJob) {
        double jobsPerSecond() {
            return jobs / secondsFromFirstJob;
        }
    }

    /** Runs in the test JVM only: the SMTP server the reminders go to. */
    @BeforeAll
    static void mailServer() {
        MailServer.start();
    }

    @Test
    @Order(1)
    public void drainReminders() throws Exception {
        Files.deleteIfExists(Path.of(System.getProperty("jboss.server.log.dir"), REPORT));
        Files.deleteIfExists(Path.of(System.getProperty("jboss.server.log.dir"), RATES));
        Scenarios given = new Scenarios();
        ProcessEngine engine = given.bootstrap.engine();
        List<String> evaluators = evaluatorAccounts();
        Instant setUp = Instant.now();
        FundingCall call = given.openCall("5000000", evaluators.toArray(String[]::new));
        for (int i = 0; i < APPLICATIONS; i++) {
            String number = given.applications.submit(given.anna, given.completeDraft(call, "600000").getId()).getNumber();
            given.reviews.decideEligibility(given.maria, number, true, "Uppfyller kraven.", "sv");
            given.reviews.assignEvaluators(given.maria, number, evaluators);
            tx.begin();
            for (String evaluator : evaluators) {
                given.reviews.declareConflicts(Scenarios.evaluator(evaluator), number, false, null);
            }
            tx.commit();
        }
        double setUpSeconds = seconds(setUp);
        startBareTimers(engine);

        // the bare engine first, so the reminders are not favoured by a cold JIT
        Drain bare = drain(engine.getManagementService(), "wait", REMINDERS);
        Drain reminders = drain(engine.getManagementService(), "BoundaryEvent_ReviewReminder", REMINDERS);
        Instant mailing = Instant.now();
        long sent;
        while ((sent = sentReminders()) < REMINDERS && Instant.now().isBefore(mailing.plus(PATIENCE))) {
            Thread.sleep(500);
        }
        double mailSeconds = seconds(mailing);

        String report = String.format(Locale.ROOT, """
                Reminder drain on %s, %d reminders (%d applications x %d evaluators), set up in %.0f s
                  bare engine   %5d timer jobs  %7.1f jobs/s  (%.1f s from due, %.1f s from the first job)
                  reminders     %5d timer jobs  %7.1f jobs/s  (%.1f s from due, %.1f s from the first job)
                  ratio reminders / bare engine: %.2f
                  target >= 150 jobs/s: %s
                  outbox: %d reminders sent to the SMTP server, all within %.1f s after the drain
                """, databaseName(), REMINDERS, APPLICATIONS, EVALUATORS, setUpSeconds,
                bare.jobs(), bare.jobsPerSecond(), bare.secondsFromDue(), bare.secondsFromFirstJob(),
                reminders.jobs(), reminders.jobsPerSecond(), reminders.secondsFromDue(), reminders.secondsFromFirstJob(),
                reminders.jobsPerSecond() / bare.jobsPerSecond(),
                reminders.jobsPerSecond() >= 150 ? "met" : "NOT met", sent, mailSeconds);
        Files.writeString(Path.of(System.getProperty("jboss.server.log.dir"), REPORT), report, StandardCharsets.UTF_8);
        Files.writeString(Path.of(System.getProperty("jboss.server.log.dir"), RATES), String.format(Locale.ROOT,
                "bare=%f%nreminders=%f%n", bare.jobsPerSecond(), reminders.jobsPerSecond()), StandardCharsets.UTF_8);
        assertEquals(REMINDERS, queuedReminders(), "reminders queued in the outbox");
        assertEquals(REMINDERS, sent, "reminders sent");
    }

    @Test
    @Order(2)
    @RunAsClient
    public void everyReminderIsMailedExactlyOnce() throws Exception {
        Path written = Path.of(System.getProperty("jboss.home"), "standalone", "log", REPORT);
        assertTrue(Files.exists(written), "the drain in the server wrote its figures to " + written);
        String report = Files.readString(written);
        MailServer.countToDomain("bench.anslag.se", "Påminnelse: bedömningen av", REMINDERS, PATIENCE);
        Thread.sleep(Duration.ofSeconds(6).toMillis()); // one more round of the outbox schedule
        int received = MailServer.countToDomain("bench.anslag.se", "Påminnelse: bedömningen av", 0, Duration.ZERO);
        System.out.println(report + "  e-mails received by the SMTP server: " + received
                + (received == REMINDERS ? " (exactly one per reminder)" : " (expected " + REMINDERS + ")"));
        assertEquals(REMINDERS, received, "reminder e-mails received");
    }

    @Test
    @Order(3)
    @RunAsClient
    public void remindersAgainstAStandaloneEngine() throws Exception {
        Path rates = Path.of(System.getProperty("jboss.home"), "standalone", "log", RATES);
        assertTrue(Files.exists(rates), "the drain in the server wrote its rates to " + rates);
        Properties server = new Properties();
        server.load(Files.newBufferedReader(rates));
        double bare = Double.parseDouble(server.getProperty("bare"));
        double reminders = Double.parseDouble(server.getProperty("reminders"));
        StandaloneEngineDrain.Result standalone = new StandaloneEngineDrain(System.getProperty("it.postgresql.url"),
                System.getProperty("it.postgresql.user"), System.getProperty("it.postgresql.password"))
                .drain(bareTimerModel(), BARE_PROCESS, "wait", REMINDERS, PATIENCE);
        String report = String.format(Locale.ROOT, """
                Against a standalone engine (same Camunda, same PostgreSQL server, database %s, no WildFly; %s)
                  standalone engine  %5d timer jobs  %7.1f jobs/s  (%.1f s from the first job)
                  server, bare       %5d timer jobs  %7.1f jobs/s
                  server, reminders  %5d timer jobs  %7.1f jobs/s
                  ratio reminders / standalone: %.2f (target >= 1.0: %s); bare engine in the server / standalone: %.2f
                """, standalone.database(), standalone.tuning(), standalone.jobs(), standalone.jobsPerSecond(),
                standalone.secondsFromFirstJob(), REMINDERS, bare, REMINDERS, reminders,
                reminders / standalone.jobsPerSecond(), reminders >= standalone.jobsPerSecond() ? "met" : "NOT met",
                bare / standalone.jobsPerSecond());
        Files.writeString(Path.of(System.getProperty("jboss.home"), "standalone", "log", "reminder-drain-standalone.txt"),
                report, StandardCharsets.UTF_8);
        System.out.println(report);
        assertEquals(REMINDERS, standalone.jobs(), "instances of the standalone engine that ended after their timer");
    }

    /** Lets every job of the activity fall due in one commit, then waits until the job executor has run them all. */
    private Drain drain(ManagementService management, String activityId, int expected) throws Exception {
        List<Job> jobs = management.createJobQuery().activityId(activityId).list();
        assertEquals(expected, jobs.size(), "jobs waiting at " + activityId);
        Date now = new Date();
        tx.begin();
        for (Job job : jobs) {
            management.setJobDuedate(job.getId(), now);
        }
        tx.commit();
        Instant due = Instant.now();
        Instant first = null;
        long left = expected;
        while (left > 0 && Instant.now().isBefore(due.plus(PATIENCE))) {
            Thread.sleep(50);
            left = management.createJobQuery().activityId(activityId).count();
            if (first == null && left < expected) {
                first = Instant.now();
            }
        }
        assertEquals(0, left, "jobs left at " + activityId);
        return new Drain(expected, seconds(due), seconds(first));
    }

    /** A process that only waits for a timer and ends: what the engine costs without any of Anslag's work. */
    private void startBareTimers(ProcessEngine engine) throws Exception {
        engine.getRepositoryService().createDeployment().name(BARE_PROCESS).enableDuplicateFiltering(true)
                .addModelInstance(BARE_PROCESS + ".bpmn", bareTimerModel())
                .deploy();
        Date later = Date.from(Instant.now().plus(Duration.ofDays(30)));
        for (int batch = 0; batch < REMINDERS; batch += 500) {
            tx.begin();
            for (int i = batch; i < Math.min(REMINDERS, batch + 500); i++) {
                engine.getRuntimeService().startProcessInstanceByKey(BARE_PROCESS, Map.of("due", later));
            }
            tx.commit();
        }
    }

    /** Waits for a timer due at the variable {@code due}, then ends. */
    private static BpmnModelInstance bareTimerModel() {
        return Bpmn.createExecutableProcess(BARE_PROCESS).camundaHistoryTimeToLive(1).startEvent()
                .intermediateCatchEvent("wait").timerWithDate("${due}").endEvent().done();
    }

    /** Evaluator accounts of their own, so each reminder has its own recipient and dedupe key. */
    private List<String> evaluatorAccounts() throws SQLException {
        String run = UUID.randomUUID().toString().substring(0, 6);
        List<String> usernames = new ArrayList<>();
        try (Connection connection = database.getConnection();
             PreparedStatement user = connection.prepareStatement(
                     "insert into app_user (username, password_hash, full_name, email, active) values (?, 'x', ?, ?, true)");
             PreparedStatement role = connection.prepareStatement("insert into user_role (username, role) values (?, 'EVALUATOR')")) {
            for (int i = 1; i <= EVALUATORS; i++) {
                String username = "bench-" + run + "-" + i;
                user.setString(1, username);
                user.setString(2, "Bedömare " + i);
                user.setString(3, username + "@bench.anslag.se");
                user.executeUpdate();
                role.setString(1, username);
                role.executeUpdate();
                usernames.add(username);
            }
        }
        return usernames;
    }

    private long queuedReminders() throws SQLException {
        return count("select count(*) from outbox_message where dedupe_key like 'review-due:%'");
    }

    private long sentReminders() throws SQLException {
        return count("select count(*) from outbox_message where dedupe_key like 'review-due:%' and sent_at is not null");
    }

    private long count(String sql) throws SQLException {
        try (Connection connection = database.getConnection(); PreparedStatement statement = connection.prepareStatement(sql);
             ResultSet result = statement.executeQuery()) {
            result.next();
            return result.getLong(1);
        }
    }

    private String databaseName() throws SQLException {
        try (Connection connection = database.getConnection()) {
            return connection.getMetaData().getDatabaseProductName();
        }
    }

    private static double seconds(Instant since) {
        return Duration.between(since, Instant.now()).toMillis() / 1000.0;
    }
}
