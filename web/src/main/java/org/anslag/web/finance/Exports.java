package org.anslag.web.finance;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.util.List;
import org.anslag.award.Awards;
import org.anslag.call.Calls;
import org.anslag.call.FundingCall;

/** The calls finance can export, with what has been granted in each. */
@Named
@RequestScoped
public class Exports {

    @EJB
    Calls calls;
    @EJB
    Awards awards;

    public List<FundingCall> getCalls() {
        return calls.calls();
    }

    public BigDecimal granted(FundingCall call) {
        return call.getBudget().subtract(awards.remainingBudget(call));
    }

    public int decisionCount(FundingCall call) {
        return awards.decisionsOf(call.getId()).size();
    }
}
