package org.anslag.organisation;

import java.time.Duration;

/**
 * How many attempts may come how fast before the next one must wait, and when an account locks.
 * Attempts refused here cost no password hash.
 */
public final class Throttling {

    /** The fifth wrong password within a minute makes the account wait. */
    static final int FAILURES_PER_ACCOUNT = 5;
    static final Duration FAILURE_WINDOW = Duration.ofMinutes(1);
    /** Ten refused attempts (wrong or made while told to wait) within a quarter lock the account. */
    static final int LOCKOUT_ATTEMPTS = 10;
    static final Duration LOCKOUT_WINDOW = Duration.ofMinutes(15);
    /** One office behind one address signs in many people; a script trying many accounts waits. */
    static final int SIGN_INS_PER_ADDRESS = 30;
    /** Registrations, password reset requests and reports of accessibility barriers each. */
    static final int REGISTRATIONS_PER_ADDRESS = 10;
    static final Duration REGISTRATION_WINDOW = Duration.ofMinutes(10);
    /** Refused acceptances only: a link works once, so successes cannot be repeated anyway. */
    static final int ACCEPTANCES_PER_ADDRESS = 10;
    static final Duration ACCEPTANCE_WINDOW = Duration.ofMinutes(10);

    /** What was attempted. */
    public enum Action {
        SIGN_IN, REGISTRATION, INVITATION, PASSWORD_RESET, BARRIER_REPORT
    }

    /** Whether an attempt may go ahead, and if not, why. */
    public enum Verdict {
        GO, WAIT_ACCOUNT, WAIT_ADDRESS, LOCKED;

        public boolean refused() {
            return this != GO;
        }
    }

    /** Refused sign-ins counted in the database, for one account as typed and one client address. */
    public record SignInCounts(long accountFailuresInWindow, long accountAttemptsInLockoutWindow,
                               long addressAttemptsInWindow) {
    }

    private Throttling() {
    }

    static Verdict signIn(SignInCounts counts) {
        if (counts.accountAttemptsInLockoutWindow() >= LOCKOUT_ATTEMPTS) {
            return Verdict.LOCKED;
        }
        if (counts.accountFailuresInWindow() >= FAILURES_PER_ACCOUNT) {
            return Verdict.WAIT_ACCOUNT;
        }
        return counts.addressAttemptsInWindow() >= SIGN_INS_PER_ADDRESS ? Verdict.WAIT_ADDRESS : Verdict.GO;
    }

    /** Registrations, invitation acceptances and reset requests are counted per client address only. */
    static Verdict fromAddress(Action action, long attemptsInWindow) {
        int limit = switch (action) {
            case SIGN_IN -> SIGN_INS_PER_ADDRESS;
            case REGISTRATION, PASSWORD_RESET, BARRIER_REPORT -> REGISTRATIONS_PER_ADDRESS;
            case INVITATION -> ACCEPTANCES_PER_ADDRESS;
        };
        return attemptsInWindow >= limit ? Verdict.WAIT_ADDRESS : Verdict.GO;
    }

    static Duration window(Action action) {
        return switch (action) {
            case SIGN_IN -> FAILURE_WINDOW;
            case REGISTRATION, PASSWORD_RESET, BARRIER_REPORT -> REGISTRATION_WINDOW;
            case INVITATION -> ACCEPTANCE_WINDOW;
        };
    }
}
