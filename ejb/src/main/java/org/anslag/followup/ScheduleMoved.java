package org.anslag.followup;

/**
 * Fired (CDI, in the transaction) after a grant's reporting periods were moved, so that whatever
 * waits on their dates (the report window's timers) moves with them.
 */
public record ScheduleMoved(Long applicationId, String applicationNumber) {
}
