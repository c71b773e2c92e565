package org.anslag.web.sso;

import jakarta.security.enterprise.credential.Credential;
import java.util.Set;

/**
 * A staff member the identity provider vouched for and {@link org.anslag.organisation.StaffSignIns}
 * let in. Made only by {@link StaffSignInReturn} after the ID token was verified; nothing a
 * request carries becomes one.
 */
public record StaffCredential(String username, Set<String> groups) implements Credential {
}
