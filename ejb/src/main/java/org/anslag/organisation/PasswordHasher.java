package org.anslag.organisation;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Hashes passwords in the format of Jakarta Security's {@code Pbkdf2PasswordHash}
 * ({@code algorithm:iterations:salt:hash}, Base64), so the server's database identity store
 * verifies what this class stores.
 */
public final class PasswordHasher {

    private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    private static final int ITERATIONS = 210_000;
    private static final int SALT_BYTES = 32;
    private static final int KEY_BITS = 256;
    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordHasher() {
    }

    public static String hash(char[] password) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        byte[] key = derive(password, salt, ITERATIONS);
        Base64.Encoder base64 = Base64.getEncoder();
        return ALGORITHM + ":" + ITERATIONS + ":" + base64.encodeToString(salt) + ":" + base64.encodeToString(key);
    }

    public static boolean matches(char[] password, String stored) {
        String[] parts = stored.split(":");
        if (parts.length != 4 || !ALGORITHM.equals(parts[0])) {
            return false;
        }
        Base64.Decoder base64 = Base64.getDecoder();
        byte[] expected = base64.decode(parts[3]);
        byte[] actual = derive(password, base64.decode(parts[2]), Integer.parseInt(parts[1]));
        return java.security.MessageDigest.isEqual(expected, actual);
    }

    private static byte[] derive(char[] password, byte[] salt, int iterations) {
        try {
            PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, KEY_BITS);
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2 is not available", e);
        }
    }
}
