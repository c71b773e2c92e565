package org.anslag.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import org.anslag.organisation.Throttling.Action;
import org.anslag.organisation.Throttling.SignInCounts;
import org.anslag.organisation.Throttling.Verdict;
import org.junit.jupiter.api.Test;

/** When the next sign-in, registration or acceptance must wait, and when an account locks. */
class ThrottlingTest {

    @Test
    void fourWrongPasswordsInAMinuteStillLetTheNextAttemptThroughAndTheFifthMakesItWait() {
        assertThat(Throttling.signIn(new SignInCounts(4, 4, 4))).isEqualTo(Verdict.GO);
        assertThat(Throttling.signIn(new SignInCounts(5, 5, 5))).isEqualTo(Verdict.WAIT_ACCOUNT);
    }

    @Test
    void aMinuteLaterTheAccountMayTryAgainUntilTenRefusalsInAQuarterLockIt() {
        assertThat(Throttling.signIn(new SignInCounts(0, 9, 0))).isEqualTo(Verdict.GO);
        assertThat(Throttling.signIn(new SignInCounts(0, 10, 0))).isEqualTo(Verdict.LOCKED);
        assertThat(Throttling.signIn(new SignInCounts(5, 10, 0))).as("locked wins over waiting").isEqualTo(Verdict.LOCKED);
    }

    @Test
    void oneAddressTryingManyAccountsWaitsWhateverTheAccount() {
        assertThat(Throttling.signIn(new SignInCounts(0, 0, 29))).isEqualTo(Verdict.GO);
        assertThat(Throttling.signIn(new SignInCounts(0, 0, 30))).isEqualTo(Verdict.WAIT_ADDRESS);
    }

    @Test
    void registrationsAndAcceptancesAreCountedPerAddress() {
        assertThat(Throttling.fromAddress(Action.REGISTRATION, 9)).isEqualTo(Verdict.GO);
        assertThat(Throttling.fromAddress(Action.REGISTRATION, 10)).isEqualTo(Verdict.WAIT_ADDRESS);
        assertThat(Throttling.fromAddress(Action.PASSWORD_RESET, 10)).isEqualTo(Verdict.WAIT_ADDRESS);
        assertThat(Throttling.fromAddress(Action.INVITATION, 10)).isEqualTo(Verdict.WAIT_ADDRESS);
        assertThat(Throttling.window(Action.REGISTRATION)).hasMinutes(10);
    }

    @Test
    void theNameIsCountedAsAccountsStoreIt() {
        assertThat(SignIns.account("  Anna ")).isEqualTo("anna");
        assertThat(SignIns.account("x".repeat(500))).hasSize(SignIns.LONGEST_NAME);
    }
}
