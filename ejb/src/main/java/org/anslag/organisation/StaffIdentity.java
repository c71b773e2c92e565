package org.anslag.organisation;

import java.util.Set;
import org.anslag.shared.Role;

/**
 * Who the agency's identity provider says signed in (from a verified ID token): the e-mail address
 * and whether the provider verified it, the name, and the Anslag roles its claims map to.
 */
public record StaffIdentity(String issuer, String subject, String email, boolean emailVerified,
                            String fullName, Set<Role> roles) {

    public StaffIdentity {
        roles = Set.copyOf(roles);
    }
}
