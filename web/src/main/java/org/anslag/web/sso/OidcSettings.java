package org.anslag.web.sso;

import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.anslag.shared.Role;

/**
 * The identity provider Anslag trusts for staff, each setting from a system property, else the
 * environment. Staff roles are mapped from the values of one claim (a dotted path such as
 * {@code realm_access.roles} reaches into an object): by default a value that names a staff role
 * (PROGRAMME_MANAGER, …) is that role; {@code OIDC_ROLE_MAP} ("anslag-managers=PROGRAMME_MANAGER,
 * economy=FINANCE") maps the provider's own names instead. APPLICANT is never given this way.
 */
public record OidcSettings(String issuer, String clientId, String clientSecret, String rolesClaim,
                           Map<String, Role> roleMap, String redirectUri) {

    private static final Logger LOG = Logger.getLogger(OidcSettings.class.getName());

    public static final Set<Role> STAFF_ROLES = EnumSet.complementOf(EnumSet.of(Role.APPLICANT));

    /** The settings in force; a role map that cannot be read turns staff sign-in off, and the log says why. */
    public static OidcSettings current() {
        String issuer = setting("anslag.oidc.issuer", "OIDC_ISSUER", "");
        Map<String, Role> roleMap;
        try {
            roleMap = roleMap(setting("anslag.oidc.role-map", "OIDC_ROLE_MAP", ""));
        } catch (IllegalArgumentException unreadable) {
            LOG.log(Level.SEVERE, "Staff sign-in is off: {0}", unreadable.getMessage());
            return new OidcSettings("", "", "", "roles", Map.of(), "");
        }
        return new OidcSettings(issuer.endsWith("/") ? issuer.substring(0, issuer.length() - 1) : issuer,
                setting("anslag.oidc.client-id", "OIDC_CLIENT_ID", ""),
                setting("anslag.oidc.client-secret", "OIDC_CLIENT_SECRET", ""),
                setting("anslag.oidc.roles-claim", "OIDC_ROLES_CLAIM", "roles"),
                roleMap, setting("anslag.oidc.redirect-uri", "OIDC_REDIRECT_URI", ""));
    }

    /** Staff sign-in is offered only when the provider, the client and its secret are all given. */
    public boolean enabled() {
        return !issuer.isEmpty() && !clientId.isEmpty() && !clientSecret.isEmpty();
    }

    /** Anslag's staff roles for the claim's values; values that map to nothing are ignored. */
    public Set<Role> roles(Collection<String> claimValues) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String value : claimValues) {
            Role role = roleMap.isEmpty() ? staffRole(value) : roleMap.get(value);
            if (role != null) {
                roles.add(role);
            }
        }
        return roles;
    }

    private static Role staffRole(String value) {
        for (Role role : STAFF_ROLES) {
            if (role.name().equalsIgnoreCase(value)) {
                return role;
            }
        }
        return null;
    }

    /** "group=ROLE,other=ROLE"; a pair naming no staff role is refused rather than ignored. */
    static Map<String, Role> roleMap(String text) {
        Map<String, Role> map = new LinkedHashMap<>();
        for (String pair : text.split(",")) {
            if (pair.isBlank()) {
                continue;
            }
            int equals = pair.lastIndexOf('=');
            Role role = equals < 0 ? null : staffRole(pair.substring(equals + 1).strip());
            if (role == null) {
                throw new IllegalArgumentException("OIDC_ROLE_MAP: '" + pair.strip() + "' does not map to one of "
                        + STAFF_ROLES + " (write provider-value=ROLE)");
            }
            map.put(pair.substring(0, equals).strip(), role);
        }
        return map;
    }

    private static String setting(String property, String variable, String fallback) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(variable);
        }
        return value == null || value.isBlank() ? fallback : value.strip();
    }
}
