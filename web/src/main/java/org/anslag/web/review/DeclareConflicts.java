package org.anslag.web.review;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.anslag.review.Reviews;
import org.anslag.shared.RuleViolation;
import org.anslag.web.shared.CurrentUser;
import org.anslag.web.shared.Feedback;

/**
 * The evaluator declares conflicts of interest, seeing only who applies with whom; the
 * application's content opens once they declare none.
 */
@Named
@ViewScoped
public class DeclareConflicts implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient Reviews reviews;
    @Inject
    CurrentUser currentUser;

    private String number;
    private Reviews.ConflictCheck check;
    private Boolean conflict;
    private String description;

    public void load() {
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

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
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
