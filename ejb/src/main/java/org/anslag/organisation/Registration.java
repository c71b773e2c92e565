package org.anslag.organisation;

/**
 * Where a self-registered user stands; accounts created by the system have none. UNVERIFIED until
 * the registrant follows the link sent to the typed address; only then does an administrator see it.
 */
public enum Registration {
    UNVERIFIED, PENDING, APPROVED, REJECTED
}
