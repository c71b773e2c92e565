package org.anslag.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    private static final char[] PASSWORD = "Rätt häst batteri häftklammer".toCharArray();
    /** Hashing is slow on purpose; one hash serves the tests that only read it. */
    private static final String STORED = PasswordHasher.hash(PASSWORD);

    @Test
    void aHashMatchesItsPasswordAndNoOther() {
        assertThat(PasswordHasher.matches(PASSWORD, STORED)).isTrue();
        assertThat(PasswordHasher.matches("Rätt häst batteri häftklammeR".toCharArray(), STORED)).isFalse();
    }

    @Test
    void twoHashesOfTheSamePasswordDifferBecauseOfTheSalt() {
        assertThat(PasswordHasher.hash(PASSWORD)).isNotEqualTo(STORED);
    }

    @Test
    void theHashIsStoredInTheFormatTheServerIdentityStoreReads() {
        assertThat(STORED).matches("PBKDF2WithHmacSHA256:\\d+:[A-Za-z0-9+/]+={0,2}:[A-Za-z0-9+/]+={0,2}");
        String[] parts = STORED.split(":");
        assertThat(Integer.parseInt(parts[1])).as("iterations, OWASP's recommendation for PBKDF2-HMAC-SHA256").isEqualTo(600_000);
        assertThat(Base64.getDecoder().decode(parts[2])).as("salt").hasSize(32);
        assertThat(Base64.getDecoder().decode(parts[3])).as("key").hasSize(32);
    }

    @Test
    void aHashOfFewerIterationsStillMatchesAndIsDueForRehashing() {
        String old = "PBKDF2WithHmacSHA256:210000:erwVHQKzXW2AqmZ5Q0u3aiiEsEerYP5Unl/IgL9uIWI=:"
                + "UROwA8WONSWIGaoTrU0Nk5uxIqA+q+ISRKUOMXXqrzA=";

        assertThat(PasswordHasher.matches(PASSWORD, old)).as("written before the change").isTrue();
        assertThat(PasswordHasher.needsRehash(old)).isTrue();
        assertThat(PasswordHasher.needsRehash(STORED)).isFalse();
        assertThat(PasswordHasher.matchesNothing(PASSWORD)).isFalse();
    }

    @Test
    void aStoredValueInAnotherFormatMatchesNothing() {
        assertThat(PasswordHasher.matches(PASSWORD, "{bcrypt}$2a$10$abcdefghijklmnopqrstuv")).isFalse();
        assertThat(PasswordHasher.matches(PASSWORD, "PBKDF2WithHmacSHA1:1000:c2FsdA==:aGFzaA==")).isFalse();
    }
}
