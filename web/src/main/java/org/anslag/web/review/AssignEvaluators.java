package org.anslag.web.review;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import org.anslag.organisation.Organisations;
import org.anslag.organisation.UserAccount;
import org.anslag.review.Reviews;
import org.anslag.shared.Role;
import org.anslag.shared.RuleViolation;
import org.anslag.web.shared.ApplicationStep;
import org.anslag.web.shared.Feedback;

/** The manager picks the evaluators who will score an eligible application. */
@Named
@ViewScoped
public class AssignEvaluators extends ApplicationStep {

    private static final long serialVersionUID = 1L;

    @EJB
    transient Reviews reviews;
    @EJB
    transient Organisations organisations;

    private List<String> evaluators = new ArrayList<>();

    public void load() {
        applications.viewByNumber(currentUser.actor(), number);
    }

    public List<UserAccount> getPool() {
        return organisations.accountsWithRole(Role.EVALUATOR);
    }

    public String assign() {
        try {
            reviews.assignEvaluators(currentUser.actor(), number, evaluators);
            Feedback.info("evaluators.assigned", number);
            return "/workflow/tasks.xhtml?faces-redirect=true";
        } catch (RuleViolation violation) {
            Feedback.show("assignment", violation);
            return null;
        }
    }

    public List<String> getEvaluators() {
        return evaluators;
    }

    public void setEvaluators(List<String> evaluators) {
        this.evaluators = evaluators;
    }
}
