package org.anslag.web.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Instant;
import org.anslag.call.FundingCall;

/**
 * Whether a call still takes submissions (its deadline plus the grace minutes), so a draft's
 * pages say that the deadline has passed instead of inviting the applicant to submit.
 */
@Named
@ApplicationScoped
public class SubmissionDeadline {

    @Inject
    Clock clock;

    public boolean passed(FundingCall call) {
        return !Instant.now(clock).isBefore(call.submissionsCloseAt());
    }
}
