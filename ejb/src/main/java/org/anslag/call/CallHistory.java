package org.anslag.call;

/**
 * A call that ran its course before its programme was brought into Anslag (the demo's finished
 * programme): it is recorded as closed, without a funding-call process to open and close it.
 */
public final class CallHistory {

    private CallHistory() {
    }

    /** Marks a call, whose deadline has passed, closed; its rules are fixed from now on. */
    public static void closed(FundingCall call) {
        call.moveTo(CallStatus.CLOSED);
    }
}
