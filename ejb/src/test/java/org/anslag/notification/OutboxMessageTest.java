package org.anslag.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A mail that cannot be sent waits longer after each failure, so a long SMTP outage loses nothing. */
class OutboxMessageTest {

    private static final Instant QUEUED = Instant.parse("2026-11-25T08:00:00Z");

    private static final String INVITATION_LINK = "http://localhost:8080/anslag/accept-invitation.xhtml?token=c2VjcmV0";

    private final OutboxMessage receipt = new OutboxMessage(new Mail("receipt:IH-2026-0001:anna", "anna@sundsvall.se",
            "Kvitto", "Ansökan har kommit in"), QUEUED);

    @Test
    void theFirstRetryComesAfterFiveSecondsAndThePauseDoubles() {
        receipt.failed("Connection refused", QUEUED);
        assertThat(receipt.getNextAttemptAt()).isEqualTo(QUEUED.plusSeconds(5));

        receipt.failed("Connection refused", QUEUED.plusSeconds(5));
        assertThat(receipt.getNextAttemptAt()).isEqualTo(QUEUED.plusSeconds(15));
        assertThat(receipt.getAttempts()).isEqualTo(2);
        assertThat(receipt.getLastError()).isEqualTo("Connection refused");
    }

    @Test
    void thePauseNeverGrowsBeyondAnHour() {
        assertThat(OutboxMessage.pauseAfter(3)).isEqualTo(Duration.ofSeconds(20));
        assertThat(OutboxMessage.pauseAfter(11)).isEqualTo(Duration.ofHours(1));
        assertThat(OutboxMessage.pauseAfter(60)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void allAttemptsTogetherOutlastAnOutageOfTwoHours() {
        Duration waited = Duration.ZERO;
        for (int attempt = 1; attempt < OutboxSender.MAX_ATTEMPTS; attempt++) {
            waited = waited.plus(OutboxMessage.pauseAfter(attempt));
        }
        assertThat(waited).isGreaterThan(Duration.ofHours(2));
    }

    @Test
    void sendingClearsTheLastError() {
        receipt.failed("Connection refused", QUEUED);
        receipt.sent(QUEUED.plusSeconds(6));

        assertThat(receipt.getSentAt()).isEqualTo(QUEUED.plusSeconds(6));
        assertThat(receipt.getLastError()).isNull();
        assertThat(receipt.getAttempts()).isEqualTo(2);
    }

    @Test
    void aSentReceiptKeepsItsTextForTheRetentionPeriod() {
        receipt.sent(QUEUED.plusSeconds(1));

        assertThat(receipt.getBody()).isEqualTo("Ansökan har kommit in");
        assertThat(receipt.getBodyErasedAt()).isNull();
    }

    @Test
    void anInvitationLinkLeavesTheOutboxWhenItIsDelivered() {
        OutboxMessage invitation = new OutboxMessage(new Mail("user-invitation:7:1", "ny@example.se", "Inbjudan",
                "Välkommen! " + INVITATION_LINK), QUEUED);
        assertThat(invitation.carriesSecret()).as("a mail with a one-time link carries a secret").isTrue();

        invitation.sent(QUEUED.plusSeconds(1));

        assertThat(invitation.getBody()).isNull();
        assertThat(invitation.getBodyErasedAt()).isEqualTo(QUEUED.plusSeconds(1));
        assertThat(invitation.getRecipient()).isEqualTo("ny@example.se");
        assertThat(invitation.getSubject()).isEqualTo("Inbjudan");
        assertThat(invitation.getDedupeKey()).isEqualTo("user-invitation:7:1");
    }

    @Test
    void aSecretIsKeptForItsRetriesAndErasedWhenTheLastOneFails() {
        OutboxMessage reset = new OutboxMessage(Mail.withSecret("password-reset:anna:1", "anna@sundsvall.se", "Nytt lösenord",
                "Välj ett nytt lösenord inom en timme."), QUEUED);

        reset.failed("Connection refused", QUEUED);
        assertThat(reset.getBody()).as("needed for the next attempt").isNotNull();

        reset.givenUp(QUEUED.plusSeconds(5));
        assertThat(reset.getBody()).isNull();
    }

    @Test
    void anOrdinaryMailGivenUpKeepsItsTextUntilTheRetentionCleanup() {
        receipt.givenUp(QUEUED);

        assertThat(receipt.getBody()).isEqualTo("Ansökan har kommit in");
    }

    @Test
    void sendingAgainMakesAGivenUpMailDueNowWithItsAttemptsKept() {
        for (int attempt = 0; attempt < OutboxSender.MAX_ATTEMPTS; attempt++) {
            receipt.failed("Connection refused", QUEUED);
        }
        assertThat(receipt.givenUp()).isTrue();

        receipt.sendAgain(QUEUED.plusSeconds(60));

        assertThat(receipt.givenUp()).as("one more attempt is allowed").isFalse();
        assertThat(receipt.getNextAttemptAt()).isEqualTo(QUEUED.plusSeconds(60));
        assertThat(receipt.getAttempts()).isEqualTo(OutboxSender.MAX_ATTEMPTS);
        assertThat(receipt.getLastError()).isEqualTo("Connection refused");
    }

    @Test
    void retentionIsSevenDaysUnlessConfigured() {
        assertThat(OutboxRetention.retention(null)).isEqualTo(Duration.ofDays(7));
        assertThat(OutboxRetention.retention(" ")).isEqualTo(Duration.ofDays(7));
        assertThat(OutboxRetention.retention("30")).isEqualTo(Duration.ofDays(30));
    }
}
