package org.anslag.web.call;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.anslag.call.Calls;
import org.anslag.call.FundingCall;
import org.anslag.shared.RuleViolation;
import org.anslag.web.shared.CurrentUser;
import org.anslag.web.shared.Feedback;

/** How many evaluators review each application of the call, in how many days, and whether blind. */
@Named
@ViewScoped
public class PlanCallReview implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Calls calls;
    @Inject
    CurrentUser currentUser;
    @Inject
    ChangeCallSchedule schedule;

    private Long callId;
    private Integer minEvaluators;
    private Integer reviewDays;
    private java.math.BigDecimal fourEyesAbove;
    private boolean blindReview;

    public void load() {
        if (callId != null) {
            return;
        }
        callId = schedule.getCallId();
        FundingCall call = calls.call(callId);
        minEvaluators = call.getMinEvaluators();
        reviewDays = call.getReviewDays();
        fourEyesAbove = call.getFourEyesAbove();
        blindReview = call.isBlindReview();
    }

    public String save() {
        try {
            if (minEvaluators == null) {
                throw new RuleViolation("minEvaluators", "validation.required");
            }
            if (reviewDays == null) {
                throw new RuleViolation("reviewDays", "validation.required");
            }
            calls.planReview(currentUser.actor(), callId, minEvaluators, reviewDays, fourEyesAbove);
            calls.reviewBlind(currentUser.actor(), callId, blindReview);
            Feedback.info("call.reviewPlanned");
            return "/call/edit-call.xhtml?faces-redirect=true&call=" + callId;
        } catch (RuleViolation violation) {
            Feedback.show("reviewing", violation);
            return null;
        }
    }

    public Integer getMinEvaluators() {
        return minEvaluators;
    }

    public void setMinEvaluators(Integer minEvaluators) {
        this.minEvaluators = minEvaluators;
    }

    public java.math.BigDecimal getFourEyesAbove() {
        return fourEyesAbove;
    }

    public void setFourEyesAbove(java.math.BigDecimal fourEyesAbove) {
        this.fourEyesAbove = fourEyesAbove;
    }

    public boolean isBlindReview() {
        return blindReview;
    }

    public void setBlindReview(boolean blindReview) {
        this.blindReview = blindReview;
    }

    public Integer getReviewDays() {
        return reviewDays;
    }

    public void setReviewDays(Integer reviewDays) {
        this.reviewDays = reviewDays;
    }
}
