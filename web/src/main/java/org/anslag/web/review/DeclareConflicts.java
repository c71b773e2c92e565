package org.anslag.web.review;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.anslag.followup.ReportAssessors;
import org.anslag.review.Reviews;
import org.anslag.shared.RuleViolation;
import org.anslag.web.shared.ApplicationStep;
import org.anslag.web.shared.Feedback;

/**
 * The evaluator declares conflicts of interest, seeing only who applies with whom; the
 * application's content opens once they declare none. The same page serves a review and the
 * assessment of a funded project's reports.
 */
@Named
@ViewScoped
public class DeclareConflicts extends ApplicationStep {

    private static final long serialVersionUID = 1L;

    @EJB
    Reviews reviews;
    @EJB
    ReportAssessors reportAssessors;

    private Reviews.ConflictCheck check;
    private boolean followUp;
    private Boolean conflict;
    private String description;

    public void load() {
        requireKnownNumber();
        followUp = !reviews.mustDeclare(currentUser.actor(), number)
                && reportAssessors.mustDeclare(currentUser.actor(), number);
        check = followUp ? reportAssessors.conflictCheck(currentUser.actor(), number)
                : reviews.conflictCheck(currentUser.actor(), number);
    }

    public String declare() {
        try {
            if (conflict == null) {
                throw new RuleViolation("conflict", "conflict.choose");
            }
            if (followUp) {
                reportAssessors.declare(currentUser.actor(), number, conflict, description);
            } else {
                reviews.declareConflicts(currentUser.actor(), number, conflict, description);
            }
            if (conflict) {
                Feedback.info("conflict.declared", number);
                return "/workflow/tasks.xhtml?faces-redirect=true";
            }
            return (followUp ? "/followup/assess-progress-report" : "/review/score-application")
                    + ".xhtml?faces-redirect=true&number=" + number;
        } catch (RuleViolation violation) {
            Feedback.show("declaration", violation);
            return null;
        }
    }

    public Reviews.ConflictCheck getCheck() {
        return check;
    }

    public Boolean getConflict() {
        return conflict;
    }

    public void setConflict(Boolean conflict) {
        this.conflict = conflict;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
