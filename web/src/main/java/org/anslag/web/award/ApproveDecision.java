package org.anslag.web.award;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.anslag.award.Awards;
import org.anslag.award.FundingDecision;
import org.anslag.review.Consolidation;
import org.anslag.review.Rankings;
import org.anslag.shared.RuleViolation;
import org.anslag.web.shared.ApplicationStep;
import org.anslag.web.shared.Feedback;
import org.anslag.web.shared.PerRequest;

/** A second programme manager approves a grant above the call's four-eyes limit, or sends it back. */
@Named
@ViewScoped
public class ApproveDecision extends ApplicationStep {

    private static final long serialVersionUID = 1L;

    @EJB
    Awards awards;
    @EJB
    Rankings rankings;

    private String note;
    private final PerRequest<FundingDecision> decision = new PerRequest<>();
    private final PerRequest<Consolidation> consolidation = new PerRequest<>();

    public void load() {
        getApplication();
    }

    public FundingDecision getDecision() {
        return decision.get(() -> awards.decisionOf(number).filter(FundingDecision::isAwaitingApproval).orElse(null));
    }

    public Consolidation getConsolidation() {
        return consolidation.get(() -> rankings.consolidationOf(number).orElse(null));
    }

    /** The decider sees the page but cannot approve their own grant. */
    public boolean isOwnDecision() {
        FundingDecision decision = getDecision();
        return decision != null && decision.getDecidedBy().equals(currentUser.getUsername());
    }

    public String approve() {
        return answer(true, "approval.approved");
    }

    public String sendBack() {
        return answer(false, "approval.sentBack");
    }

    private String answer(boolean approved, String done) {
        try {
            awards.approve(currentUser.actor(), number, approved, note);
            Feedback.info(done, number);
            return "/workflow/tasks.xhtml?faces-redirect=true";
        } catch (RuleViolation violation) {
            Feedback.show("approval", violation);
            return null;
        }
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
