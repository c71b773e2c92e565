package org.anslag.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A mail that cannot be sent waits longer after each failure, so a long SMTP outage loses nothing. */
class OutboxMessageTest {

    private static final Instant QUEUED = Instant.parse("2026-11-25T08:00:00Z");

    private final OutboxMessage receipt = new OutboxMessage("receipt:IH-2026-0001:anna", "anna@sundsvall.se",
            "Kvitto", "Ansökan har kommit in", QUEUED);

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
}
