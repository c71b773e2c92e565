package org.anslag.change;

import static org.anslag.shared.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The decisions on a change request: reasons, four eyes, one open request of a kind. */
class ChangeRequestTest {

    private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");

    @Test
    void aJustificationIsRequired() {
        assertRefused(() -> new ChangeRequest(1L, ChangeKind.EXTENSION, "  ", BigDecimal.ONE, "anna", NOW),
                "justification", "change.justificationRequired");
    }

    @Test
    void aRefusalNeedsAReasonAndClosesTheRequest() {
        ChangeRequest request = extension();
        assertRefused(() -> request.decide(false, false, " ", "maria", NOW), "reason", "change.refusalNeedsReason");

        request.decide(false, false, "Ingen grund.", "maria", NOW);

        assertThat(request.getStatus()).isEqualTo(ChangeStatus.REFUSED);
        assertThat(request.getReason()).isEqualTo("Ingen grund.");
        assertThat(request.getClosedBy()).isEqualTo("maria");
    }

    @Test
    void aboveTheLimitASecondManagerWhoIsNotTheFirstApproves() {
        ChangeRequest request = extension();
        request.decide(true, true, null, "maria", NOW);
        assertThat(request.getStatus()).isEqualTo(ChangeStatus.AWAITING_SECOND_APPROVAL);

        assertRefused(() -> request.secondDecision(true, null, "maria", NOW), "decision", "change.sameManager");
        request.secondDecision(true, null, "per", NOW);

        assertThat(request.getStatus()).isEqualTo(ChangeStatus.APPROVED);
        assertThat(request.getClosedBy()).isEqualTo("per");
    }

    @Test
    void aDecidedRequestCannotBeDecidedAgain() {
        ChangeRequest request = extension();
        request.decide(true, false, null, "maria", NOW);

        assertRefused(() -> request.decide(true, false, null, "per", NOW), "decision", "change.notAwaiting");
    }

    @Test
    void aPartnerChangeWaitsForThePartnerWhoMayDeclineWithAReason() {
        ChangeRequest request = new ChangeRequest(1L, ChangeKind.PARTNER, "Timrå går ur.", BigDecimal.ONE, "anna", NOW);
        assertThat(request.getStatus()).isEqualTo(ChangeStatus.AWAITING_PARTNER);
        assertRefused(() -> request.decide(true, false, null, "maria", NOW), "decision", "change.notAwaiting");
        assertRefused(() -> request.partnerAnswered(false, "lina", NOW, ""), "comment", "partner.declineNeedsReason");

        request.partnerAnswered(false, "lina", NOW, "Vi har inte tid.");

        assertThat(request.getStatus()).isEqualTo(ChangeStatus.DECLINED_BY_PARTNER);
        assertThat(request.getStatus().isOpen()).isFalse();
    }

    private static ChangeRequest extension() {
        return new ChangeRequest(1L, ChangeKind.EXTENSION, "Leveransen är försenad.", new BigDecimal("300000"), "anna", NOW);
    }
}
