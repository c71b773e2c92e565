package org.anslag.review;

import static org.anslag.shared.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import org.anslag.call.FundingCall;
import org.anslag.call.TestCalls;
import org.anslag.organisation.TestOrganisations;
import org.anslag.organisation.UserAccount;
import org.anslag.shared.Role;
import org.junit.jupiter.api.Test;

/** How a call's review is set up, who may not review an application, and what a conflict needs. */
class ReviewPlanningTest {

    private static final Instant NOW = Instant.parse("2026-11-25T09:00:00Z");

    @Test
    void aCallAsksForOneEvaluatorForTwoWeeksUntilToldOtherwise() {
        FundingCall call = TestCalls.ideaHubCall();
        assertThat(call.getMinEvaluators()).isEqualTo(1);
        assertThat(call.getReviewDays()).isEqualTo(14);

        call.planReview(3, 21);
        assertThat(call.getMinEvaluators()).isEqualTo(3);
        assertThat(call.copy(TestCalls.OPENS_AT.plus(Duration.ofDays(365)), TestCalls.CLOSES_AT.plus(Duration.ofDays(365)),
                List.of()).getReviewDays()).as("a copy keeps the review plan").isEqualTo(21);
    }

    @Test
    void theReviewPlanStaysWithinSensibleBounds() {
        FundingCall call = TestCalls.ideaHubCall();
        assertRefused(() -> call.planReview(0, 14), "minEvaluators", "call.evaluatorsOutOfRange");
        assertRefused(() -> call.planReview(2, 0), "reviewDays", "call.reviewDaysOutOfRange");
        assertRefused(() -> call.planReview(2, 91), "reviewDays", "call.reviewDaysOutOfRange");
    }

    @Test
    void poolMembersKeepTheirExpertiseTrimmed() {
        UserAccount sofia = new UserAccount("sofia", "hash", "Sofia Lind", "sofia@timra.se", TestOrganisations.timra(),
                EnumSet.of(Role.EVALUATOR));
        UserAccount erik = new UserAccount("erik", "hash", "Erik Nord", "erik@agency.se", null, EnumSet.of(Role.EVALUATOR));
        assertThat(new PoolMember(TestCalls.programme(), sofia, true, " Välfärdsteknik ", NOW).getExpertise())
                .isEqualTo("Välfärdsteknik");
        assertThat(new PoolMember(TestCalls.programme(), erik, false, " ", NOW).getExpertise()).isNull();
    }

    @Test
    void aDeclaredConflictMustBeDescribedButNoConflictNeedsNoWords() {
        assertRefused(() -> new ConflictDeclaration(null, "erik", true, "  ", NOW), "description", "conflict.describe");

        assertThat(new ConflictDeclaration(null, "erik", true, " Min syster leder projektet. ", NOW).getDescription())
                .isEqualTo("Min syster leder projektet.");
        assertThat(new ConflictDeclaration(null, "lars", false, null, NOW).isConflict()).isFalse();
    }
}
