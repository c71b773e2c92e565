package org.anslag.web.review;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.anslag.review.Reviews;
import org.anslag.shared.RuleViolation;
import org.anslag.web.shared.ApplicationStep;
import org.anslag.web.shared.Feedback;

/**
 * The evaluator declares conflicts of interest, seeing only who applies with whom; the
 * application's content opens once they declare none.
 */
@Named
@ViewScoped
public class DeclareConflicts extends ApplicationStep {

    private static final long serialVersionUID = 1L;

    @EJB
    transient Reviews reviews;

    private Reviews.ConflictCheck check;
    private Boolean conflict;
    private String description;

    public void load() {
        requireKnownNumber();
        check = reviews.conflictCheck(currentUser.actor(), number);
    }

    public String declare() {
        try {
            if (conflict == null) {
                throw new RuleViolation("conflict", "conflict.choose");
            }
            reviews.declareConflicts(currentUser.actor(), number, conflict, description);
            if (conflict) {
                Feedback.info("conflict.declared", number);
                return "/workflow/tasks.xhtml?faces-redirect=true";
            }
            return "/review/score-application.xhtml?faces-redirect=true&number=" + number;
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
