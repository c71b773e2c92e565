package org.anslag.call;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Which changes of the four-eyes limit would let a manager grant alone what now needs a second one. */
class FourEyesLimitTest {

    private final FundingCall call = TestCalls.ideaHubCall();

    @Test
    void raisingOrRemovingTheLimitLoosensIt() {
        call.requireSecondApprovalAbove(new BigDecimal("200000"));

        assertThat(call.loosensFourEyes(new BigDecimal("200001"))).isTrue();
        assertThat(call.loosensFourEyes(null)).as("no limit at all").isTrue();
    }

    @Test
    void keepingOrLoweringTheLimitOnlyAsksForMoreApprovals() {
        call.requireSecondApprovalAbove(new BigDecimal("200000"));

        assertThat(call.loosensFourEyes(new BigDecimal("200000.00"))).isFalse();
        assertThat(call.loosensFourEyes(new BigDecimal("50000"))).isFalse();
        assertThat(call.loosensFourEyes(BigDecimal.ZERO)).isFalse();
    }

    @Test
    void aFirstLimitOnACallWithoutOneLoosensNothing() {
        assertThat(call.loosensFourEyes(new BigDecimal("1000000"))).isFalse();
        assertThat(call.loosensFourEyes(null)).isFalse();
    }
}
