package org.anslag.integration;

import org.anslag.shared.AccessDenied;

/** A system signed in with a token: the token's id, name and scope. */
public record ApiClient(long tokenId, String name, ApiScope scope) {

    /** Refuses the call unless the token's scope reads the resource. */
    public void require(ApiResource resource) {
        if (!scope.reads(resource)) {
            throw new AccessDenied("token " + name + " (" + scope + ") does not read " + resource);
        }
    }

    /** How the audit log names the caller: never a person's user name. */
    public String auditName() {
        return "api:" + name;
    }
}
