package org.anslag.award;

/** A grant agreement waits for the coordinator; unaccepted past its expiry, the award lapses. */
public enum AgreementStatus {
    PENDING, ACCEPTED, LAPSED
}
