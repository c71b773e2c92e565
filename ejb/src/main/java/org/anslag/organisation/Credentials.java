package org.anslag.organisation;

import jakarta.persistence.EntityManager;
import java.util.Locale;
import org.anslag.shared.RuleViolation;

/** The rules a chosen user name and password follow, however the account comes about. */
final class Credentials {

    static final int SHORTEST_PASSWORD = 12;

    private Credentials() {
    }

    /** The user name as stored: trimmed and lower case, so "Sara" and "sara" are one account. */
    static String username(String typed) {
        String username = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        if (!username.matches("[a-z0-9._-]{3,40}")) {
            throw new RuleViolation("username", "registration.usernameFormat");
        }
        return username;
    }

    static String passwordHash(char[] password) {
        if (password == null || password.length < SHORTEST_PASSWORD) {
            throw new RuleViolation("password", "registration.passwordShort", SHORTEST_PASSWORD);
        }
        return PasswordHasher.hash(password);
    }

    static String email(String typed) {
        String email = typed == null ? "" : typed.strip();
        if (!email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new RuleViolation("email", "registration.emailFormat");
        }
        return email;
    }

    /** Refuses a user name or e-mail address that an account already has. */
    static void requireUnknown(EntityManager em, String username, String email) {
        if (em.find(UserAccount.class, username) != null) {
            throw new RuleViolation("username", "registration.usernameTaken");
        }
        requireEmailUnknown(em, email);
    }

    /** Refuses an e-mail address that an account already has, in any letter case. */
    static void requireEmailUnknown(EntityManager em, String email) {
        boolean known = !em.createQuery("select u.username from UserAccount u where lower(u.email) = :email", String.class)
                .setParameter("email", email.toLowerCase(Locale.ROOT)).setMaxResults(1).getResultList().isEmpty();
        if (known) {
            throw new RuleViolation("email", "registration.emailTaken");
        }
    }
}
