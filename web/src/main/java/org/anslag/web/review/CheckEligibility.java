package org.anslag.web.review;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.anslag.review.Reviews;
import org.anslag.shared.RuleViolation;
import org.anslag.web.shared.ApplicationStep;
import org.anslag.web.shared.Feedback;
import org.anslag.workflow.GrantApplicationProcess;

/** The manager confirms or overrides the eligibility rules' proposal. */
@Named
@ViewScoped
public class CheckEligibility extends ApplicationStep {

    private static final long serialVersionUID = 1L;

    @EJB
    Reviews reviews;
    @EJB
    GrantApplicationProcess process;

    private Boolean eligible;
    private String note;
    private String letterLanguage = "sv";

    public void load() {
        applications.viewByNumber(currentUser.actor(), number);
        if (eligible == null) {
            eligible = isProposedEligible();
        }
    }

    public boolean isWaiting() {
        return process.isWaitingAt(number, GrantApplicationProcess.CHECK_ELIGIBILITY);
    }

    public boolean isProposedEligible() {
        return (Boolean) process.variable(number, "proposedEligible").orElse(Boolean.FALSE);
    }

    /** The reason codes the rules gave; the page words them. */
    public java.util.List<String> getProposalReasons() {
        return org.anslag.review.EligibilityCheck.reasonsFrom((String) process.variable(number, "eligibilityReasons").orElse(""));
    }

    /** A decision already taken, for the page to show instead of the form. */
    public org.anslag.review.EligibilityCheck getDecided() {
        return reviews.eligibilityCheckOf(currentUser.actor(), number).orElse(null);
    }

    public String decide() {
        try {
            reviews.decideEligibility(currentUser.actor(), number, Boolean.TRUE.equals(eligible), note, letterLanguage);
            Feedback.info(Boolean.TRUE.equals(eligible) ? "eligibility.markedEligible" : "eligibility.markedIneligible", number);
            return "/workflow/tasks.xhtml?faces-redirect=true";
        } catch (RuleViolation violation) {
            Feedback.show("eligibility", violation);
            return null;
        }
    }

    public Boolean getEligible() {
        return eligible;
    }

    public void setEligible(Boolean eligible) {
        this.eligible = eligible;
    }

    public String getLetterLanguage() {
        return letterLanguage;
    }

    public void setLetterLanguage(String letterLanguage) {
        this.letterLanguage = letterLanguage;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
