package org.anslag.change;

/** Where a change request stands; the last three are final. */
public enum ChangeStatus {
    /** A new partner's users confirm first (partner changes only). */
    AWAITING_PARTNER,
    AWAITING_DECISION,
    /** Approved by one manager, above the call's four-eyes limit: a second one must approve too. */
    AWAITING_SECOND_APPROVAL,
    APPROVED,
    REFUSED,
    /** The new partner declined. */
    DECLINED_BY_PARTNER;

    public boolean isOpen() {
        return this == AWAITING_PARTNER || this == AWAITING_DECISION || this == AWAITING_SECOND_APPROVAL;
    }
}
