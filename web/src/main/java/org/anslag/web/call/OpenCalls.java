package org.anslag.web.call;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import org.anslag.call.Calls;
import org.anslag.call.FundingCall;

/** The calls open right now, for everyone, signed in or not. */
@Named
@RequestScoped
public class OpenCalls {

    @EJB
    Calls calls;

    private List<FundingCall> open;

    public List<FundingCall> getCalls() {
        if (open == null) {
            open = calls.openCalls();
        }
        return open;
    }
}
