package org.anslag.web.sso;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

/**
 * A sign-in under way at the provider, kept in the session: the state that ties the provider's
 * answer to this browser, the nonce the ID token must carry, and the PKCE verifier the code is
 * redeemed with. It lasts ten minutes.
 */
public record PendingSignIn(String state, String nonce, String verifier, Instant startedAt) implements Serializable {

    static final String ATTRIBUTE = PendingSignIn.class.getName();
    private static final Duration LIFETIME = Duration.ofMinutes(10);
    private static final SecureRandom RANDOM = new SecureRandom();

    static PendingSignIn start() {
        return new PendingSignIn(random(), random(), random(), Instant.now());
    }

    boolean answers(String returnedState) {
        return returnedState != null && MessageDigest.isEqual(state.getBytes(StandardCharsets.US_ASCII),
                returnedState.getBytes(StandardCharsets.US_ASCII)) && Instant.now().isBefore(startedAt.plus(LIFETIME));
    }

    /** The S256 code challenge of the verifier. */
    String challenge() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
