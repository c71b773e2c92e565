package org.anslag.shared;

import java.io.Serializable;
import java.util.Set;

/**
 * The signed-in person on whose behalf a service acts: the web layer builds it from the
 * authenticated caller, and services check roles and record ownership against it.
 */
public record Actor(String username, Long organisationId, Set<Role> roles) implements Serializable {

    public Actor {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** Refuses the call unless the actor holds one of the roles. */
    public void require(Role... anyOf) {
        for (Role role : anyOf) {
            if (has(role)) {
                return;
            }
        }
        throw new AccessDenied(username + " lacks " + Set.of(anyOf));
    }

    public boolean belongsTo(Long otherOrganisationId) {
        return organisationId != null && organisationId.equals(otherOrganisationId);
    }
}
