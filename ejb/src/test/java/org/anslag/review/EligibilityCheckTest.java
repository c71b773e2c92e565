package org.anslag.review;

import static org.anslag.shared.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.anslag.application.GrantApplication;
import org.junit.jupiter.api.Test;

/** The manager may depart from the eligibility rules' proposal, but never without saying why. */
class EligibilityCheckTest {

    private static final Instant NOW = Instant.parse("2026-11-25T09:00:00Z");
    private final GrantApplication application = null; // the check only refers to it

    @Test
    void confirmingTheProposalNeedsNoReason() {
        EligibilityCheck check = new EligibilityCheck(application, true, List.of(), true, "  ", "maria", NOW);

        assertThat(check.isOverride()).isFalse();
        assertThat(check.getNote()).isNull();
    }

    @Test
    void overridingTheProposalNeedsAReasonEitherWay() {
        assertRefused(() -> new EligibilityCheck(application, true, List.of(), false, null, "maria", NOW),
                "note", "eligibility.overrideNeedsReason");
        assertRefused(() -> new EligibilityCheck(application, false, List.of("TOO_FEW_PARTNERS"), true, "", "maria", NOW),
                "note", "eligibility.overrideNeedsReason");

        EligibilityCheck check = new EligibilityCheck(application, false, List.of("TOO_FEW_PARTNERS"), true,
                " Partnern har bekräftat per brev. ", "maria", NOW);
        assertThat(check.isOverride()).isTrue();
        assertThat(check.getNote()).isEqualTo("Partnern har bekräftat per brev.");
        assertThat(check.getReasons()).containsExactly("TOO_FEW_PARTNERS");
    }

    @Test
    void theReasonCodesTheProcessCarriesAreReadBack() {
        assertThat(EligibilityCheck.reasonsFrom("KIND_NOT_ELIGIBLE,TOO_FEW_PARTNERS"))
                .containsExactly("KIND_NOT_ELIGIBLE", "TOO_FEW_PARTNERS");
        assertThat(EligibilityCheck.reasonsFrom("")).isEmpty();
        assertThat(EligibilityCheck.reasonsFrom(null)).isEmpty();
    }
}
