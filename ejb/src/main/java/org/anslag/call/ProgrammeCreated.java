package org.anslag.call;

/** Fired in the transaction that creates a programme, so other areas (the follow-up's vocabulary) set up their part. */
public record ProgrammeCreated(Long programmeId) {
}
