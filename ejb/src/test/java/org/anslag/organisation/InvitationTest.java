package org.anslag.organisation;

import static org.anslag.shared.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.anslag.shared.Role;
import org.junit.jupiter.api.Test;

/** An invitation link creates one active account, in the role and organisation the administrator chose. */
class InvitationTest {

    private static final Instant SENT = Instant.parse("2026-11-25T08:00:00Z");

    private final Invitation invitation = new Invitation(Invitations.hash("token-1"), "Sara Holm", "sara@sundsvall.se",
            Role.APPLICANT, TestOrganisations.sundsvall(), java.util.List.of(), "adam", SENT);

    @Test
    void acceptingGivesAnActiveAccountInTheInvitedRoleAndOrganisation() {
        UserAccount sara = invitation.accept("sara", "hash", SENT.plus(Duration.ofDays(1)));

        assertThat(sara.isActive()).as("an administrator vouched for her").isTrue();
        assertThat(sara.getRoles()).containsExactly(Role.APPLICANT);
        assertThat(sara.getOrganisation().getName()).isEqualTo("Sundsvalls kommun");
        assertThat(sara.getEmail()).isEqualTo("sara@sundsvall.se");
        assertThat(invitation.getAcceptedAs()).isEqualTo("sara");
        assertThat(invitation.isOpen(SENT.plus(Duration.ofDays(1)))).isFalse();
    }

    @Test
    void anInvitedEvaluatorKeepsTheEmployerAndTheDeclaredAffiliations() {
        Invitation expert = new Invitation(Invitations.hash("token-2"), "Sofia Lind", "sofia@timra.se", Role.EVALUATOR,
                TestOrganisations.timra(), java.util.List.of(TestOrganisations.harnosand()), "adam", SENT);

        UserAccount sofia = expert.accept("sofia", "hash", SENT.plusSeconds(60));

        assertThat(sofia.getOrganisation().getName()).as("employer").isEqualTo("Timrå kommun");
        assertThat(sofia.affiliationIds()).as("employer and affiliation")
                .containsExactly(TestOrganisations.timra().getId(), TestOrganisations.harnosand().getId());
        assertThat(sofia.getAffiliationsWithEmployer()).extracting(Organisation::getName)
                .containsExactly("Timrå kommun", "Härnösands kommun");
    }

    @Test
    void theLinkWorksOnce() {
        invitation.accept("sara", "hash", SENT.plusSeconds(60));

        assertRefused(() -> invitation.accept("sara2", "hash", SENT.plusSeconds(61)),
                "invitation", "invitation.alreadyAccepted");
    }

    @Test
    void theLinkStopsWorkingAfterFourteenDays() {
        assertThat(invitation.isOpen(SENT.plus(Duration.ofDays(14)).minusSeconds(1))).isTrue();

        assertRefused(() -> invitation.accept("sara", "hash", SENT.plus(Duration.ofDays(14))),
                "invitation", "invitation.expired");
    }

    @Test
    void aRevokedInvitationCannotBeAccepted() {
        invitation.revoke(SENT.plusSeconds(60));

        assertRefused(() -> invitation.accept("sara", "hash", SENT.plusSeconds(120)), "invitation", "invitation.revoked");
    }

    @Test
    void sendingAgainGivesANewLinkAndFourteenNewDays() {
        Instant later = SENT.plus(Duration.ofDays(20));
        invitation.renew(Invitations.hash("token-2"), later);

        assertThat(invitation.getExpiresAt()).isEqualTo(later.plus(Duration.ofDays(14)));
        assertThat(invitation.accept("sara", "hash", later.plusSeconds(1)).isActive()).isTrue();
        assertRefused(() -> invitation.renew(Invitations.hash("token-3"), later.plusSeconds(2)),
                "invitation", "invitation.alreadyAccepted");
    }

    @Test
    void onlyTheHashOfTheTokenIsKept() {
        assertThat(Invitations.hash("token-1")).hasSize(64).isNotEqualTo("token-1")
                .isEqualTo(Invitations.hash("token-1")).isNotEqualTo(Invitations.hash("token-2"));
    }
}
