package org.anslag.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import javax.sql.DataSource;
import org.anslag.it.support.MailServer;
import org.anslag.it.support.Scenarios;
import org.anslag.notification.Mail;
import org.anslag.notification.Outbox;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The SMTP server is down while three mails are queued: the outbox records the failed attempt and
 * keeps the mail. Once the server is back, the next rounds deliver each mail exactly once.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
public class OutboxOutageIT {

    private static final String DOMAIN = "outage.anslag.se";
    private static final String SUBJECT = "Under driftstörning";
    private static final int MAILS = 3;
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Resource(lookup = "java:comp/UserTransaction")
    UserTransaction tx;
    @Resource(lookup = "java:jboss/datasources/AnslagDS")
    DataSource database;

    @Test
    @Order(1)
    @RunAsClient
    public void theMailServerGoesDown() {
        MailServer.stop();
    }

    @Test
    @Order(2)
    public void mailQueuedDuringTheOutageIsKeptWithTheFailedAttempt() throws Exception {
        // keys of their own, so a database kept from an earlier run does not take them for sent mail
        String run = "outage:" + UUID.randomUUID() + ":";
        tx.begin();
        for (int i = 1; i <= MAILS; i++) {
            Scenarios.ejb(Outbox.class).queue(new Mail(run + i, "person" + i + "@" + DOMAIN, SUBJECT + " " + i,
                    "Meddelande " + i + " skickat under driftstörningen."));
        }
        tx.commit();
        Instant queued = Instant.now();
        // A round stops at the first mail the server refuses, oldest first: mail left unsent by an
        // earlier test may take the outage's attempts before these do. Any attempt counts.
        Instant giveUp = queued.plus(PATIENCE);
        while (failedSince(queued) == 0 && Instant.now().isBefore(giveUp)) {
            Thread.sleep(200);
        }
        assertTrue(failedSince(queued) > 0, "a failed attempt during the outage is recorded with its error");
        assertEquals(MAILS, count("select count(*) from outbox_message where dedupe_key like ? and sent_at is null", run),
                "no mail is marked sent while the SMTP server is down");
    }

    @Test
    @Order(3)
    @RunAsClient
    public void onceTheServerIsBackEachMailArrivesExactlyOnce() throws Exception {
        MailServer.start();
        assertEquals(MAILS, MailServer.countToDomain(DOMAIN, SUBJECT, MAILS, PATIENCE), "mails delivered after the outage");
        Thread.sleep(Duration.ofSeconds(6).toMillis()); // one more round of the outbox schedule
        for (int i = 1; i <= MAILS; i++) {
            assertEquals(1, MailServer.to("person" + i + "@" + DOMAIN, SUBJECT).size(), "mails to person" + i);
        }
    }

    /** Whatever happened above, the other ITs of the run need their SMTP server. */
    @AfterAll
    static void mailServerRunning() {
        MailServer.start();
    }

    /** Unsent mail whose last attempt failed after this instant (a failure puts its next attempt later still). */
    private long failedSince(Instant since) throws SQLException {
        try (Connection connection = database.getConnection(); PreparedStatement statement = connection.prepareStatement(
                "select count(*) from outbox_message where sent_at is null and last_error is not null and next_attempt_at > ?")) {
            statement.setTimestamp(1, java.sql.Timestamp.from(since));
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    private long count(String sql, String run) throws SQLException {
        try (Connection connection = database.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, run + "%");
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }
}
