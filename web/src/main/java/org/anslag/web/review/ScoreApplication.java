package org.anslag.web.review;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.anslag.call.AssessmentCriterion;
import org.anslag.review.Reviews;
import org.anslag.shared.AccessDenied;
import org.anslag.shared.RuleViolation;
import org.anslag.web.shared.ApplicationStep;
import org.anslag.web.shared.Feedback;
import org.anslag.web.shared.Formats;

/** The evaluator scores each criterion of the call, 1–7, with a comment. */
@Named
@ViewScoped
public class ScoreApplication extends ApplicationStep {

    private static final long serialVersionUID = 1L;

    @EJB
    Reviews reviews;

    private final Map<Long, Integer> scores = new HashMap<>();
    private final Map<Long, String> comments = new HashMap<>();

    public void load() throws java.io.IOException {
        requireKnownNumber();
        if (reviews.mustDeclare(currentUser.actor(), number)) {
            // the content stays closed until the evaluator has declared no conflict of interest
            var external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath() + "/review/declare-conflicts.xhtml?number=" + number);
            return;
        }
        if (!reviews.isAssigned(currentUser.actor(), number)) {
            throw new AccessDenied(currentUser.getUsername() + " has no review of " + number);
        }
    }

    public List<AssessmentCriterion> getCriteria() {
        return getApplication().getCall().getCriteria();
    }

    public List<Integer> getScale() {
        return List.of(1, 2, 3, 4, 5, 6, 7);
    }

    public String submit() {
        try {
            var review = reviews.submitReview(currentUser.actor(), number, scores, comments);
            Feedback.info("review.submitted", number, Formats.formatScore(review.getWeightedScore(),
                    FacesContext.getCurrentInstance().getViewRoot().getLocale()));
            return "/workflow/tasks.xhtml?faces-redirect=true";
        } catch (RuleViolation violation) {
            Feedback.show("review", violation);
            return null;
        }
    }

    public Map<Long, Integer> getScores() {
        return scores;
    }

    public Map<Long, String> getComments() {
        return comments;
    }
}
