package org.anslag.organisation;

import static org.anslag.shared.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.anslag.shared.Role;
import org.junit.jupiter.api.Test;

/**
 * A self-registered municipality user is seen by administrators only once the address is confirmed,
 * and can sign in only once an administrator has approved them.
 */
class RegistrationTest {

    private final UserAccount sara = UserAccount.registered("sara", "hash", "Sara Holm", "sara@sundsvall.se",
            TestOrganisations.sundsvall(), Instant.parse("2026-11-24T10:00:00Z"));

    @Test
    void aRegisteredUserIsAnInactiveApplicantOfTheirMunicipalityAwaitingTheConfirmedAddress() {
        assertThat(sara.isActive()).isFalse();
        assertThat(sara.getRegistration()).isEqualTo(Registration.UNVERIFIED);
        assertThat(sara.getRoles()).containsExactly(Role.APPLICANT);
        assertThat(sara.asActor().organisationId()).isEqualTo(TestOrganisations.sundsvall().getId());
    }

    @Test
    void noApprovalBeforeTheAddressIsConfirmedAndTheLinkConfirmsOnce() {
        assertRefused(sara::approve, "registration", "registration.notPending");

        sara.confirmEmail();

        assertThat(sara.getRegistration()).isEqualTo(Registration.PENDING);
        assertRefused(sara::confirmEmail, "token", "registration.alreadyConfirmed");
    }

    @Test
    void approvalActivatesTheAccountOnce() {
        sara.confirmEmail();
        sara.approve();

        assertThat(sara.isActive()).isTrue();
        assertThat(sara.getRegistration()).isEqualTo(Registration.APPROVED);
        assertRefused(sara::approve, "registration", "registration.notPending");
    }

    @Test
    void aRejectionNeedsAReasonAndLeavesTheAccountInactive() {
        sara.confirmEmail();
        assertRefused(() -> sara.reject(" "), "note", "validation.required");
        sara.reject("Okänd avsändare");

        assertThat(sara.isActive()).isFalse();
        assertThat(sara.getRegistration()).isEqualTo(Registration.REJECTED);
    }

    @Test
    void whatIsTypedIsCheckedFieldByField() {
        assertRefused(() -> Credentials.email("inte-en-adress"), "email", "registration.emailFormat");
        assertRefused(() -> Credentials.username("Sara!"), "username", "registration.usernameFormat");
        var refusal = assertRefused(() -> Credentials.passwordHash("kort".toCharArray()),
                "password", "registration.passwordShort");
        assertThat(refusal.arguments()).containsExactly(12);
        assertThat(Credentials.username(" Sara.Holm ")).as("one account whatever the case").isEqualTo("sara.holm");
        assertThat(Credentials.email(" sara@sundsvall.se ")).isEqualTo("sara@sundsvall.se");
        assertThat(PasswordHasher.matches("ett långt lösenord".toCharArray(),
                Credentials.passwordHash("ett långt lösenord".toCharArray()))).isTrue();
    }
}
