package org.anslag.registry;

/** Whether a registered document came in to the agency or went out from it. */
public enum Direction {
    INCOMING, OUTGOING
}
