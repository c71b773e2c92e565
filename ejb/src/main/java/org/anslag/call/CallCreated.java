package org.anslag.call;

/** Fired in the transaction that creates a call, so other areas (the follow-up's indicators) set up their part. */
public record CallCreated(Long callId, CallType type) {
}
