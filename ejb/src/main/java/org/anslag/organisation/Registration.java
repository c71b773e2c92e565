package org.anslag.organisation;

/** Where a self-registered user stands; accounts created by the system have none. */
public enum Registration {
    PENDING, APPROVED, REJECTED
}
