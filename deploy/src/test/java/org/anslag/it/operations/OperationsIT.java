package org.anslag.it.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.transaction.UserTransaction;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.anslag.audit.AuditEntry;
import org.anslag.audit.AuditLog;
import org.anslag.it.support.MailServer;
import org.anslag.it.support.Scenarios;
import org.anslag.it.support.WebClient;
import org.anslag.operations.FailedJob;
import org.anslag.operations.Operations;
import org.anslag.operations.ProcessCount;
import org.anslag.operations.UnsentMail;
import org.anslag.shared.AccessDenied;
import org.anslag.shared.Actor;
import org.anslag.shared.Role;
import org.anslag.shared.RuleViolation;
import org.anslag.workflow.ProcessEngineBootstrap;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A job fails for real: a tiny process whose asynchronous step calls a bean that does not exist
 * runs out of retries. ADMIN sees it with its message and its instance among the counts, a retry
 * without a note is refused (on the page too, next to the note), and once the cause is fixed a
 * retry with a note runs the job again and is audited; a second retry finds nothing waiting. A
 * mail the outbox gave up on is listed and, sent again, goes out with its attempts kept.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
public class OperationsIT {

    private static final Actor ADAM = new Actor("adam", null, java.util.Set.of(Role.ADMIN));
    private static final String FAILING = "operations-it-failing";
    private static final String STUCK = "OPS-IT-STUCK";
    private static final String PAUSED = "OPS-IT-PAUSED";
    private static final Duration PATIENCE = Duration.ofSeconds(90);

    @Resource(lookup = "java:comp/UserTransaction")
    UserTransaction tx;
    @Resource(lookup = "java:jboss/datasources/AnslagDS")
    DataSource database;
    @ArquillianResource
    URL deploymentUrl;

    private Operations operations;
    private ProcessEngine engine;

    /** Runs in the test JVM only (Arquillian skips it in the server): the SMTP server the mail sent again goes to. */
    @BeforeAll
    static void mailServer() {
        MailServer.start();
    }

    @BeforeEach
    void services() {
        // a @RunAsClient test runs this on the client too, where there are no beans to look up
        if (System.getProperty("jboss.server.base.dir") != null) {
            operations = Scenarios.ejb(Operations.class);
            engine = Scenarios.ejb(ProcessEngineBootstrap.class).engine();
        }
    }

    @Test
    @Order(1)
    public void aJobThatRanOutOfRetriesIsListedWithItsMessageAndCounted() throws Exception {
        // the step fails until the variable "fixed" is set: the cause an administrator would remove
        engine.getRepositoryService().createDeployment().name(FAILING).enableDuplicateFiltering(true)
                .addModelInstance(FAILING + ".bpmn", Bpmn.createExecutableProcess(FAILING).camundaHistoryTimeToLive(1)
                        .startEvent().serviceTask("Task_CallMissingBean").camundaAsyncBefore()
                        .camundaFailedJobRetryTimeCycle("R1/PT1S")
                        .camundaExpression("${execution.getVariable('fixed') ? 'ok' : operationsItMissingBean.run()}")
                        .endEvent().done())
                .deploy();
        tx.begin();
        engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(FAILING).list()
                .forEach(left -> engine.getRuntimeService().deleteProcessInstance(left.getId(), "an earlier run's"));
        ProcessInstance stuck = engine.getRuntimeService().startProcessInstanceByKey(FAILING, STUCK, Map.of("fixed", false));
        ProcessInstance paused = engine.getRuntimeService().startProcessInstanceByKey(FAILING, PAUSED, Map.of("fixed", false));
        engine.getRuntimeService().suspendProcessInstanceById(paused.getId());
        tx.commit();

        Job job = awaitJob(stuck.getId(), 0);

        FailedJob row = operations.failedJobs(ADAM, 0, 1000).rows().stream().filter(listed -> listed.id().equals(job.getId()))
                .findFirst().orElseThrow(() -> new AssertionError("the failed job is listed"));
        assertEquals(FAILING, row.processKey());
        assertEquals(STUCK, row.businessKey());
        assertEquals("Task_CallMissingBean", row.activity());
        assertTrue(row.message().contains("operationsItMissingBean"), "the error names the missing bean: " + row.message());
        assertNotNull(row.firstLine(), "the first line of the stack trace");
        assertTrue(row.firstLine().endsWith("Exception"), "its exception's class, the message not twice: " + row.firstLine());
        assertEquals(0, row.retriesLeft());
        assertTrue(row.waitsForRetry());
        assertNotNull(row.failedAt(), "when it stopped: its incident");

        List<ProcessCount> counts = operations.processCounts(ADAM);
        assertEquals(Operations.PROCESSES, counts.subList(0, 6).stream().map(ProcessCount::processKey).toList(),
                "Anslag's own processes come first");
        ProcessCount mine = counts.stream().filter(count -> count.processKey().equals(FAILING)).findFirst().orElseThrow();
        assertEquals(new ProcessCount(FAILING, 1, 1, 1), mine, "one running (stopped at its incident), one suspended");

        RuleViolation noNote = assertThrows(RuleViolation.class, () -> operations.retry(ADAM, job.getId(), "  "));
        assertEquals("note", noNote.field());
        assertEquals(0, engine.getManagementService().createJobQuery().jobId(job.getId()).singleResult().getRetries(),
                "nothing changed");
        Actor maria = new Actor("maria", null, java.util.Set.of(Role.PROGRAMME_MANAGER));
        assertThrows(AccessDenied.class, () -> operations.failedJobs(maria, 0, 20));
        assertThrows(AccessDenied.class, () -> operations.retry(maria, job.getId(), "försök"));
        assertThrows(AccessDenied.class, () -> operations.undeliveredMail(maria, 0, 20));
    }

    @Test
    @Order(2)
    @RunAsClient
    public void adminSeesThePageInSwedishAndARetryWithoutANoteIsRefusedNextToTheNote() {
        WebClient adam = signedIn("adam");
        HttpResponse<String> page = adam.get("admin/operations.xhtml");
        assertEquals(200, page.statusCode());
        String text = text(page.body());
        for (String heading : List.of("Drift", "Processer", "Misslyckade jobb", "E-post som inte kommit fram", "Ansökan",
                "Pågår", "Pausade", "Med incident", STUCK, "operationsItMissingBean")) {
            assertTrue(text.contains(heading), "the page shows " + heading);
        }
        String retry = retryButtonOf(page.body(), STUCK);
        String note = retry.replace(":retry", ":note");

        HttpResponse<String> refused = adam.submit(page.body(), "failed", Map.of(note, ""), retry);

        assertEquals(200, refused.statusCode());
        assertTrue(text(refused.body()).contains("Motivering: Fyll i det här fältet."), "the field is named");
        assertTrue(text(refused.body()).contains(STUCK), "the job is still listed");
        assertEquals(403, signedIn("maria").get("admin/operations.xhtml").statusCode(), "a programme manager may not");
    }

    @Test
    @Order(3)
    public void onceTheCauseIsFixedARetryWithANoteRunsTheJobAgainAndIsAudited() throws Exception {
        ProcessInstance stuck = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(FAILING)
                .processInstanceBusinessKey(STUCK).singleResult();
        Job job = awaitJob(stuck.getId(), 0);
        tx.begin();
        engine.getRuntimeService().setVariable(stuck.getId(), "fixed", true);
        tx.commit();

        operations.retry(ADAM, job.getId(), "Bönan finns nu, körs igen");

        RuleViolation twice = assertThrows(RuleViolation.class, () -> operations.retry(ADAM, job.getId(), "dubbelklick"));
        assertEquals("job", twice.field(), "a job retried a moment ago no longer waits");
        List<AuditEntry> audited = Scenarios.ejb(AuditLog.class).about("job:" + job.getId());
        assertEquals(1, audited.size(), "one retry audited");
        assertEquals("JOB_RETRIED", audited.get(0).getAction());
        assertEquals("adam", audited.get(0).getActor());
        assertTrue(audited.get(0).getDetails().contains("Bönan finns nu, körs igen"), audited.get(0).getDetails());
        assertTrue(audited.get(0).getDetails().contains(STUCK), audited.get(0).getDetails());
        Instant giveUp = Instant.now().plus(PATIENCE);
        while (engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(stuck.getId()).count() > 0
                && Instant.now().isBefore(giveUp)) {
            Thread.sleep(250);
        }
        assertEquals(0, engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(stuck.getId()).count(),
                "the job executor ran the job again and the process ended");
        assertThrows(RuleViolation.class, () -> operations.retry(ADAM, job.getId(), "noch einmal"), "the job is gone");

        tx.begin();
        engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(FAILING).list()
                .forEach(left -> engine.getRuntimeService().deleteProcessInstance(left.getId(), "test over"));
        tx.commit();
    }

    @Test
    @Order(4)
    public void aMailTheOutboxGaveUpOnIsListedAndSentAgainWithItsAttemptsKept() throws Exception {
        String key = "operations-it:" + UUID.randomUUID();
        String recipient = "driften@ops.anslag.se";
        update("""
                insert into outbox_message (dedupe_key, recipient, subject, body, created_at, attempts, last_error, next_attempt_at)
                values (?, ?, 'Drifttest', 'Hemlig text som inte visas', ?, 12, '550 Mailbox unavailable', ?)""",
                key, recipient, Timestamp.from(Instant.now().minus(Duration.ofHours(3))),
                Timestamp.from(Instant.now().plus(Duration.ofHours(1))));
        long id = number("select id from outbox_message where dedupe_key = ?", key);

        UnsentMail listed = operations.undeliveredMail(ADAM, 0, 1000).rows().stream().filter(mail -> mail.id() == id)
                .findFirst().orElseThrow(() -> new AssertionError("the undelivered mail is listed"));
        assertEquals(recipient, listed.recipient());
        assertEquals("Drifttest", listed.subject());
        assertEquals(12, listed.attempts());
        assertEquals("550 Mailbox unavailable", listed.lastError());
        assertTrue(listed.givenUp(), "the outbox has given up");
        assertTrue(listed.canBeSentAgain(), "its text is kept, so it can be sent again");

        operations.sendAgain(ADAM, id);

        RuleViolation doubleClick = assertThrows(RuleViolation.class, () -> operations.sendAgain(ADAM, id));
        assertEquals("mail", doubleClick.field(), "already due, or sent a moment ago");
        Instant giveUp = Instant.now().plus(PATIENCE);
        while (number("select count(*) from outbox_message where id = ? and sent_at is not null", id) == 0
                && Instant.now().isBefore(giveUp)) {
            Thread.sleep(250);
        }
        assertEquals(13, number("select attempts from outbox_message where id = ? and sent_at is not null", id),
                "sent in one more attempt, the twelve before kept");
        assertTrue(operations.undeliveredMail(ADAM, 0, 1000).rows().stream().noneMatch(mail -> mail.id() == id),
                "no longer listed");
        RuleViolation again = assertThrows(RuleViolation.class, () -> operations.sendAgain(ADAM, id));
        assertEquals("operations.mailNoLongerWaits", again.messageKey());
        List<AuditEntry> audited = Scenarios.ejb(AuditLog.class).about("mail:" + id);
        assertEquals(1, audited.size());
        assertEquals("MAIL_SENT_AGAIN", audited.get(0).getAction());
        assertTrue(audited.get(0).getDetails().contains(recipient));
        assertFalse(audited.get(0).getDetails().contains("Hemlig"), "the body is never written out");
    }

    private Job awaitJob(String processInstanceId, int retries) throws InterruptedException {
        Instant giveUp = Instant.now().plus(PATIENCE);
        while (Instant.now().isBefore(giveUp)) {
            Job job = engine.getManagementService().createJobQuery().processInstanceId(processInstanceId).singleResult();
            if (job != null && job.getRetries() == retries && job.getExceptionMessage() != null) {
                return job;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("no failed job with " + retries + " retries left for " + processInstanceId);
    }

    private WebClient signedIn(String username) {
        String url = deploymentUrl.toString();
        WebClient client = new WebClient(URI.create(url.endsWith("/") ? url : url + "/"));
        assertEquals(302, client.signIn(username, "demo").statusCode(), "sign-in of " + username);
        return client;
    }

    /** The name of the retry button in the row of the job of that business key. */
    private static String retryButtonOf(String html, String businessKey) {
        Matcher button = Pattern.compile("<input[^>]*name=\"(failed:jobs:\\d+:retry)\"[^>]*>").matcher(html);
        while (button.find()) {
            if (button.group().contains(businessKey)) {
                return button.group(1);
            }
        }
        throw new AssertionError("no retry button for " + businessKey);
    }

    private static String text(String html) {
        return html.replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ");
    }

    private void update(String sql, Object... values) throws Exception {
        try (Connection connection = database.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
        }
    }

    private long number(String sql, Object value) throws Exception {
        try (Connection connection = database.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, value);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() ? result.getLong(1) : -1;
            }
        }
    }
}
