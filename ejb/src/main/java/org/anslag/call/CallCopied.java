package org.anslag.call;

/** Fired in the transaction that copies a call, so other areas (the application form) copy their part. */
public record CallCopied(Long sourceCallId, Long copyId) {
}
