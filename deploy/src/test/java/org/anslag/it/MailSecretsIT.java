package org.anslag.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.mail.internet.MimeMessage;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.anslag.it.support.MailServer;
import org.anslag.it.support.Scenarios;
import org.anslag.notification.Mail;
import org.anslag.notification.Outbox;
import org.anslag.notification.OutboxRetention;
import org.anslag.organisation.Invitation;
import org.anslag.organisation.Invitations;
import org.anslag.shared.Actor;
import org.anslag.shared.Role;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What the outbox keeps of a mail once it is delivered: an invitation's link leaves with the mail,
 * an ordinary mail's text after the retention period; who got what when stays.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
public class MailSecretsIT {

    private static final String DOMAIN = "secrets.anslag.se";
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

    @Test
    @Order(1)
    public void aDeliveredInvitationLeavesNoLinkInTheOutbox() throws Exception {
        Actor adam = new Actor("adam", null, Set.of(Role.ADMIN));
        Invitation invitation = Scenarios.ejb(Invitations.class).invite(adam, new Invitations.Invitee("Nina Ny",
                "nina-" + UUID.randomUUID() + "@" + DOMAIN, Role.EVALUATOR, null, Set.of()));

        Map<String, Object> row = deliveredRow("user-invitation:" + invitation.getId() + ":%");

        assertNull(row.get("body"), "the body is erased on delivery");
        assertNotNull(row.get("body_erased_at"));
        assertEquals(Boolean.TRUE, row.get("carries_secret"));
        assertEquals(invitation.getEmail(), row.get("recipient"), "who got it stays");
        assertTrue(String.valueOf(row.get("subject")).contains("inbjuden"), "what it was about stays: " + row);
        row.forEach((column, value) -> assertFalse(String.valueOf(value).contains("token="),
                column + " holds the link: " + value));
    }

    @Test
    @Order(2)
    @RunAsClient
    public void theInviteeGotTheLinkAllTheSame() {
        assertTrue(MailServer.countToDomain(DOMAIN, "inbjuden", 1, PATIENCE) >= 1, "the invitation arrived");
        for (MimeMessage mail : MailServer.toDomain(DOMAIN, "inbjuden")) {
            assertTrue(MailServer.body(mail).contains("accept-invitation.xhtml?token="), MailServer.body(mail));
        }
    }

    @Test
    @Order(3)
    public void anOrdinaryMailKeepsItsTextForTheRetentionPeriodOnly() throws Exception {
        String key = "retention:" + UUID.randomUUID();
        tx.begin();
        Scenarios.ejb(Outbox.class).queue(new Mail(key, "per@" + DOMAIN, "Påminnelse", "Bedömningen ska vara klar på fredag."));
        tx.commit();
        Map<String, Object> delivered = deliveredRow(key);
        assertEquals("Bedömningen ska vara klar på fredag.", delivered.get("body"));
        assertEquals(Boolean.FALSE, delivered.get("carries_secret"));
        OutboxRetention retention = Scenarios.ejb(OutboxRetention.class);

        retention.eraseBodiesAsOf(Instant.now().plus(Duration.ofDays(6)));
        assertEquals("Bedömningen ska vara klar på fredag.", row(key).get("body"), "six days later");

        retention.eraseBodiesAsOf(Instant.now().plus(Duration.ofDays(8)));
        Map<String, Object> later = row(key);
        assertNull(later.get("body"), "eight days later");
        assertEquals("per@" + DOMAIN, later.get("recipient"));
        assertEquals("Påminnelse", later.get("subject"));
        assertNotNull(later.get("sent_at"));
    }

    private Map<String, Object> deliveredRow(String keyPattern) throws Exception {
        Instant giveUp = Instant.now().plus(PATIENCE);
        Map<String, Object> row = row(keyPattern);
        while (row.get("sent_at") == null && Instant.now().isBefore(giveUp)) {
            Thread.sleep(200);
            row = row(keyPattern);
        }
        assertNotNull(row.get("sent_at"), "delivered: " + row);
        return row;
    }

    private Map<String, Object> row(String keyPattern) throws SQLException {
        try (Connection connection = database.getConnection();
             PreparedStatement statement = connection.prepareStatement("select * from outbox_message where dedupe_key like ?")) {
            statement.setString(1, keyPattern);
            try (ResultSet result = statement.executeQuery()) {
                assertTrue(result.next(), "outbox row " + keyPattern);
                ResultSetMetaData columns = result.getMetaData();
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 1; i <= columns.getColumnCount(); i++) {
                    row.put(columns.getColumnLabel(i).toLowerCase(), result.getObject(i));
                }
                assertFalse(result.next(), "one row for " + keyPattern);
                return row;
            }
        }
    }
}
