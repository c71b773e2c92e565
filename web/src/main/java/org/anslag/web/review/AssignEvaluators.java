package org.anslag.web.review;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import org.anslag.review.Reviews;
import org.anslag.shared.RuleViolation;
import org.anslag.web.shared.ApplicationStep;
import org.anslag.web.shared.Feedback;

/** The manager picks the evaluators who will score an eligible application. */
@Named
@ViewScoped
public class AssignEvaluators extends ApplicationStep {

    private static final long serialVersionUID = 1L;

    @EJB
    Reviews reviews;

    private List<String> evaluators = new ArrayList<>();

    private transient List<Reviews.Candidate> candidates;

    /** Opens with the suggestion ticked: the least loaded evaluators who may review it. */
    public void load() {
        applications.viewByNumber(currentUser.actor(), number);
        if (evaluators.isEmpty() && !jakarta.faces.context.FacesContext.getCurrentInstance().isPostback()) {
            evaluators = new ArrayList<>(reviews.suggestion(currentUser.actor(), number));
        }
    }

    /** The programme's pool, least loaded first, with the excluded shown but not choosable. */
    public List<Reviews.Candidate> getCandidates() {
        if (candidates == null) {
            candidates = reviews.candidates(currentUser.actor(), number);
        }
        return candidates;
    }

    public int getMinEvaluators() {
        return getApplication().getCall().getMinEvaluators();
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
