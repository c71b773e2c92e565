package org.anslag.operations;

import java.io.Serializable;
import java.time.Instant;

/**
 * A job of the process engine whose last run threw. {@code failedAt} is when it ran out of
 * retries (its incident), {@code nextAttemptAt} when the job executor tries again while some are
 * left. Only the first line of the stack trace is kept: the whole is too long to show.
 */
public record FailedJob(String id, String processKey, String businessKey, String activity, String message,
        String firstLine, int retriesLeft, Instant failedAt, Instant nextAttemptAt) implements Serializable {

    /** Only a job with no retries left waits for an administrator; the others retry by themselves. */
    public boolean waitsForRetry() {
        return retriesLeft == 0;
    }
}
