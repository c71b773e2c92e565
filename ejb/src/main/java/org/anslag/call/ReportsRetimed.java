package org.anslag.call;

/** Fired in the transaction that changed a call's report window, so running grants' timers follow. */
public record ReportsRetimed(Long callId) {
}
