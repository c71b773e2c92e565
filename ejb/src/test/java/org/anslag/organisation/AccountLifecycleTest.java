package org.anslag.organisation;

import static org.anslag.shared.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import org.anslag.shared.Role;
import org.junit.jupiter.api.Test;

/** An administrator deactivates, reactivates and re-assigns accounts; the rules of each change. */
class AccountLifecycleTest {

    private final UserAccount erik = TestOrganisations.evaluator("erik", null);

    @Test
    void aDeactivatedAccountCanBeReactivatedOnce() {
        erik.deactivate();
        assertThat(erik.isActive()).isFalse();
        assertRefused(erik::deactivate, "active", "users.alreadyInactive");

        erik.reactivate();
        assertThat(erik.isActive()).isTrue();
        assertRefused(erik::reactivate, "active", "users.alreadyActive");
    }

    @Test
    void aRegistrationStillOpenIsNotActivatedFromTheUserPage() {
        UserAccount sara = UserAccount.registered("sara", "hash", "Sara Holm", "sara@sundsvall.se",
                TestOrganisations.sundsvall(), Instant.parse("2026-11-24T10:00:00Z"));

        assertRefused(sara::reactivate, "active", "users.registrationOpen");
    }

    @Test
    void rolesAreNeverEmptyAndAnApplicantAlwaysHasAnOrganisation() {
        assertRefused(() -> erik.assign(EnumSet.noneOf(Role.class), null), "roles", "users.chooseRole");
        assertRefused(() -> erik.assign(EnumSet.of(Role.APPLICANT), null), "organisation",
                "invitation.applicantNeedsOrganisation");

        erik.assign(EnumSet.of(Role.EVALUATOR, Role.PROGRAMME_MANAGER), TestOrganisations.timra());
        erik.declareAffiliations(List.of(TestOrganisations.harnosand()));

        assertThat(erik.getRoles()).containsExactlyInAnyOrder(Role.EVALUATOR, Role.PROGRAMME_MANAGER);
        assertThat(erik.getAffiliationNames()).isEqualTo("Timrå kommun (2262), Härnösands kommun (2280)");
    }
}
