package org.anslag.web.award;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.util.List;
import org.anslag.award.Awards;
import org.anslag.review.Review;
import org.anslag.review.Reviews;
import org.anslag.shared.RuleViolation;
import org.anslag.web.shared.ApplicationStep;
import org.anslag.web.shared.Feedback;

/** The manager reads the reviews and grants an amount within the request and the call's budget, or rejects. */
@Named
@ViewScoped
public class DecideFunding extends ApplicationStep {

    private static final long serialVersionUID = 1L;

    @EJB
    transient Reviews reviews;
    @EJB
    transient Awards awards;

    private boolean grant = true;
    private BigDecimal grantedAmount;
    private String justification;

    public void load() {
        if (grantedAmount == null) {
            grantedAmount = getApplication().getRequestedAmount();
        }
    }

    public List<Review> getReviews() {
        return reviews.reviewsOf(currentUser.actor(), number);
    }

    public BigDecimal getRemainingBudget() {
        return awards.remainingBudget(getApplication().getCall());
    }

    public String decide() {
        try {
            awards.decide(currentUser.actor(), number, grant, grantedAmount, justification);
            Feedback.info(grant ? "decision.grantedInfo" : "decision.rejectedInfo", number);
            return "/workflow/tasks.xhtml?faces-redirect=true";
        } catch (RuleViolation violation) {
            Feedback.show("decision", violation);
            return null;
        }
    }

    public boolean isGrant() {
        return grant;
    }

    public void setGrant(boolean grant) {
        this.grant = grant;
    }

    public BigDecimal getGrantedAmount() {
        return grantedAmount;
    }

    public void setGrantedAmount(BigDecimal grantedAmount) {
        this.grantedAmount = grantedAmount;
    }

    public String getJustification() {
        return justification;
    }

    public void setJustification(String justification) {
        this.justification = justification;
    }
}
