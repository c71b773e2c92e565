package org.anslag.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import javax.sql.DataSource;
import org.anslag.it.support.MailServer;
import org.anslag.it.support.Scenarios;
import org.anslag.review.ReviewReminders;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A retried job never mails twice. Inside the server, the review-reminder timer job is run and
 * its transaction rolled back after the mail was queued, as when a node dies before the commit;
 * the job executor then runs it again. The reminder delegate is also delivered once more after
 * the commit. Outside, the test's SMTP server must have received the reminder exactly once.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
public class ReminderRetryIT {

    private static final String ERIK_MAIL = "erik@demo.anslag.se";
    private static final String REMINDER_SUBJECT = "Påminnelse: bedömningen av";
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Resource(lookup = "java:comp/UserTransaction")
    UserTransaction tx;
    @Resource(lookup = "java:jboss/datasources/AnslagDS")
    DataSource database;

    /** Runs in the test JVM only (Arquillian skips it in the server): the SMTP server the server mails to. */
    @BeforeAll
    static void mailServer() {
        MailServer.start();
    }

    @AfterEach
    void noTransactionLeftOpen() throws Exception {
        if (tx != null && tx.getStatus() != Status.STATUS_NO_TRANSACTION) {
            tx.rollback();
        }
    }

    @Test
    @Order(1)
    public void aReminderJobRolledBackAfterQueuingItsMailAndRunAgainSendsItOnce() throws Exception {
        Scenarios given = new Scenarios();
        String number = given.inReview(given.completeDraft(given.openCall("5000000", "erik"), "600000"), "erik");
        Long applicationId = given.applications.byNumber(number).getId();
        String dedupeKey = "review-due:" + applicationId + ":erik";
        ManagementService management = given.bootstrap.engine().getManagementService();
        String processId = given.bootstrap.engine().getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(number).singleResult().getId();
        Job reminder = management.createJobQuery().processInstanceId(processId)
                .activityId("BoundaryEvent_ReviewReminder").singleResult();
        assertNotNull(reminder, "the review of " + number + " has its reminder timer");

        tx.begin();
        management.executeJob(reminder.getId());
        assertEquals(1, outboxRows(dedupeKey), "the first attempt queued the reminder");
        tx.rollback();

        assertEquals(0, outboxRows(dedupeKey), "nothing of the failed attempt is left");
        Job again = management.createJobQuery().jobId(reminder.getId()).singleResult();
        assertNotNull(again, "the job is still there to be retried");
        management.setJobDuedate(again.getId(), new Date());
        Instant giveUp = Instant.now().plus(PATIENCE);
        while (management.createJobQuery().jobId(again.getId()).count() > 0 && Instant.now().isBefore(giveUp)) {
            Thread.sleep(200);
        }
        assertEquals(0, management.createJobQuery().jobId(again.getId()).count(), "the job executor ran the job");

        tx.begin();
        Scenarios.ejb(ReviewReminders.class).dueSoon(applicationId, "erik");
        tx.commit();

        assertEquals(1, outboxRows(dedupeKey), "one reminder queued, though the reminder ran three times");
        while (sentAttempts(dedupeKey) == 0 && Instant.now().isBefore(giveUp)) {
            Thread.sleep(200);
        }
        assertEquals(1, sentAttempts(dedupeKey), "the reminder was handed to the SMTP server in one attempt");
    }

    @Test
    @Order(2)
    @RunAsClient
    public void theEvaluatorReceivedTheReminderExactlyOnce() throws Exception {
        assertEquals(1, MailServer.await(ERIK_MAIL, REMINDER_SUBJECT, 1, PATIENCE).size(), "reminders received");
        Thread.sleep(Duration.ofSeconds(6).toMillis()); // one more round of the outbox schedule
        var reminders = MailServer.to(ERIK_MAIL, REMINDER_SUBJECT);
        assertEquals(1, reminders.size(), "reminders received after the schedule ran again");
        assertTrue(MailServer.body(reminders.get(0)).contains("review/score-application.xhtml?number="),
                "the reminder links to the review");
        assertTrue(reminders.get(0).getMessageID().matches("<outbox-\\d+\\.-?\\d+@anslag>"),
                "the Message-ID is the outbox's, the same on every attempt: " + reminders.get(0).getMessageID());
    }

    private long outboxRows(String dedupeKey) throws SQLException {
        return count("select count(*) from outbox_message where dedupe_key = ?", dedupeKey);
    }

    /** How many send attempts the message took, once it is sent; 0 while it is not. */
    private long sentAttempts(String dedupeKey) throws SQLException {
        return count("select coalesce(max(attempts), 0) from outbox_message where dedupe_key = ? and sent_at is not null",
                dedupeKey);
    }

    private long count(String sql, String parameter) throws SQLException {
        try (Connection connection = database.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }
}
