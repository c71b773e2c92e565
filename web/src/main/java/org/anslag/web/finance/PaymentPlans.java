package org.anslag.web.finance;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.anslag.award.Disbursements;
import org.anslag.call.Calls;
import org.anslag.call.FundingCall;
import org.anslag.web.shared.CurrentUser;

/** The payment plans of a call's accepted grants: what finance will pay, when, and after which report. */
@Named
@ViewScoped
public class PaymentPlans implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Disbursements disbursements;
    @EJB
    Calls calls;
    @Inject
    CurrentUser currentUser;

    private Long callId;
    private transient List<Disbursements.Plan> plans;
    private transient FundingCall call;

    /** An unknown call has no plans to show: the not-found page. */
    public void load() {
        getCall();
    }

    public List<Disbursements.Plan> getPlans() {
        if (plans == null) {
            plans = disbursements.plansOf(currentUser.actor(), callId);
        }
        return plans;
    }

    public FundingCall getCall() {
        if (call == null) {
            call = calls.call(callId);
        }
        return call;
    }

    public Long getCallId() {
        return callId;
    }

    public void setCallId(Long callId) {
        this.callId = callId;
    }
}
