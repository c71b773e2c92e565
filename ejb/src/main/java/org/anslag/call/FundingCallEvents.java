package org.anslag.call;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** What the funding-call model calls when its timers fire. */
@Named("fundingCallEvents")
@ApplicationScoped
public class FundingCallEvents {

    @EJB
    Calls calls;

    public void opened(Long callId) {
        calls.opened(callId);
    }

    public void closed(Long callId) {
        calls.closed(callId);
    }
}
