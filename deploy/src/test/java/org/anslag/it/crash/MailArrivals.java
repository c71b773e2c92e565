package org.anslag.it.crash;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.anslag.it.support.MailServer;

/**
 * When each expected mail first reached the test's SMTP server, looked for every 250 ms from a
 * thread of its own, so a mail that comes while the test is busy signing users in is timed right.
 */
final class MailArrivals {

    /** A mail by its recipient and a part of its subject. */
    record Mail(String recipient, String subject) {
    }

    private final Map<String, Mail> expected;
    private final Map<String, Instant> firstSeen = new ConcurrentHashMap<>();
    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor();

    private MailArrivals(Map<String, Mail> expected) {
        this.expected = expected;
    }

    static MailArrivals watch(Map<String, Mail> expected) {
        MailArrivals arrivals = new MailArrivals(expected);
        arrivals.poller.scheduleWithFixedDelay(arrivals::look, 0, 250, TimeUnit.MILLISECONDS);
        return arrivals;
    }

    private void look() {
        expected.forEach((what, mail) -> {
            if (!firstSeen.containsKey(what) && !MailServer.to(mail.recipient(), mail.subject()).isEmpty()) {
                firstSeen.put(what, Instant.now());
            }
        });
    }

    /** Waits until each of these mails has come, or the patience has run out. */
    void awaitNew(Collection<String> mails, Duration patience) {
        Instant giveUp = Instant.now().plus(patience);
        while (!firstSeen.keySet().containsAll(mails) && Instant.now().isBefore(giveUp)) {
            CrashServer.pause(Duration.ofMillis(250));
        }
    }

    void stop() {
        poller.shutdownNow();
    }

    /** When the mail first came; empty when it did not. */
    java.util.Optional<Instant> arrival(String what) {
        return java.util.Optional.ofNullable(firstSeen.get(what));
    }

    /** Seconds from {@code since} to the mail's first arrival (negative: before it); "no mail" when none came. */
    String secondsAfter(String what, Instant since) {
        Instant seen = firstSeen.get(what);
        return seen == null ? "no mail" : String.format(java.util.Locale.ROOT, "%.1f s", Duration.between(since, seen).toMillis() / 1000.0);
    }
}
