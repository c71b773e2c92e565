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
import org.anslag.web.shared.PerRequest;

/** The manager reads the reviews and grants an amount within the request and the call's budget, or rejects. */
@Named
@ViewScoped
public class DecideFunding extends ApplicationStep {

    private static final long serialVersionUID = 1L;

    @EJB
    Reviews reviews;
    @EJB
    Awards awards;

    @EJB
    org.anslag.review.Rankings rankings;

    private boolean grant = true;
    private String letterLanguage = "sv";
    private BigDecimal consolidatedScore;
    private String statement;
    private Long consolidationVersion;
    private transient List<Review> reviewList;
    private final PerRequest<org.anslag.review.Consolidation> consolidation = new PerRequest<>();
    private final PerRequest<BigDecimal> remainingBudget = new PerRequest<>();
    private BigDecimal grantedAmount;
    private String justification;

    public void load() {
        if (grantedAmount == null) {
            grantedAmount = getApplication().getRequestedAmount();
            var existing = rankings.consolidationOf(number);
            consolidatedScore = existing.map(org.anslag.review.Consolidation::getScore)
                    .orElseGet(() -> org.anslag.review.Consolidation.meanOf(getReviews()));
            statement = existing.map(org.anslag.review.Consolidation::getStatement).orElse(null);
            consolidationVersion = existing.map(org.anslag.review.Consolidation::getVersion).orElse(null);
        }
    }

    public List<Review> getReviews() {
        if (reviewList == null) {
            reviewList = reviews.reviewsOf(currentUser.actor(), number);
        }
        return reviewList;
    }

    public List<org.anslag.call.AssessmentCriterion> getCriteria() {
        return getApplication().getCall().getCriteria();
    }

    public org.anslag.review.Consolidation getConsolidation() {
        return consolidation.get(() -> rankings.consolidationOf(number).orElse(null));
    }

    public String consolidate() {
        try {
            rankings.consolidate(currentUser.actor(), number, consolidationVersion, consolidatedScore, statement);
            Feedback.info("consolidation.saved", number);
            return "/award/decide-funding.xhtml?faces-redirect=true&number=" + number;
        } catch (RuleViolation violation) {
            Feedback.show("consolidation", violation);
            return null;
        }
    }

    public String getLetterLanguage() {
        return letterLanguage;
    }

    public void setLetterLanguage(String letterLanguage) {
        this.letterLanguage = letterLanguage;
    }

    public BigDecimal getConsolidatedScore() {
        return consolidatedScore;
    }

    public void setConsolidatedScore(BigDecimal consolidatedScore) {
        this.consolidatedScore = consolidatedScore;
    }

    public String getStatement() {
        return statement;
    }

    public void setStatement(String statement) {
        this.statement = statement;
    }

    public BigDecimal getRemainingBudget() {
        return remainingBudget.get(() -> awards.remainingBudget(getApplication().getCall()));
    }

    public String decide() {
        try {
            var decision = awards.decide(currentUser.actor(), number, grant, grantedAmount, justification, letterLanguage);
            Feedback.info(decision.isAwaitingApproval() ? "decision.awaitsApproval"
                    : grant ? "decision.grantedInfo" : "decision.rejectedInfo", number);
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
