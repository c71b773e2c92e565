package org.anslag.web.review;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.anslag.application.Applications;
import org.anslag.application.GrantApplication;
import org.anslag.review.Reviews;
import org.anslag.shared.RuleViolation;
import org.anslag.web.shared.CurrentUser;
import org.anslag.web.shared.Feedback;
import org.anslag.workflow.GrantApplicationProcess;

/** The manager confirms or overrides the eligibility rules' proposal. */
@Named
@ViewScoped
public class CheckEligibility implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient Applications applications;
    @EJB
    transient Reviews reviews;
    @EJB
    transient GrantApplicationProcess process;
    @Inject
    CurrentUser currentUser;

    private String number;
    private Boolean eligible;
    private String note;

    public void load() {
        applications.viewByNumber(currentUser.actor(), number);
        if (eligible == null) {
            eligible = isProposedEligible();
        }
    }

    public GrantApplication getApplication() {
        return applications.viewByNumber(currentUser.actor(), number);
    }

    public boolean isWaiting() {
        return process.isWaitingAt(number, GrantApplicationProcess.CHECK_ELIGIBILITY);
    }

    public boolean isProposedEligible() {
        return (Boolean) process.variable(number, "proposedEligible").orElse(Boolean.FALSE);
    }

    public String getProposalReason() {
        return (String) process.variable(number, "eligibilityReason").orElse("");
    }

    public String decide() {
        try {
            reviews.decideEligibility(currentUser.actor(), number, Boolean.TRUE.equals(eligible), note);
            Feedback.info(Boolean.TRUE.equals(eligible) ? "eligibility.markedEligible" : "eligibility.markedIneligible", number);
            return "/workflow/tasks.xhtml?faces-redirect=true";
        } catch (RuleViolation violation) {
            Feedback.show("eligibility", violation);
            return null;
        }
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public Boolean getEligible() {
        return eligible;
    }

    public void setEligible(Boolean eligible) {
        this.eligible = eligible;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
