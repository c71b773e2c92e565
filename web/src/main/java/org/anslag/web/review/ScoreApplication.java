package org.anslag.web.review;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.anslag.application.Applications;
import org.anslag.application.GrantApplication;
import org.anslag.call.AssessmentCriterion;
import org.anslag.review.Reviews;
import org.anslag.shared.AccessDenied;
import org.anslag.shared.RuleViolation;
import org.anslag.web.shared.CurrentUser;
import org.anslag.web.shared.Feedback;
import org.anslag.web.shared.Formats;

/** The evaluator scores each criterion of the call, 1–7, with a comment. */
@Named
@ViewScoped
public class ScoreApplication implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient Applications applications;
    @EJB
    transient Reviews reviews;
    @Inject
    CurrentUser currentUser;

    private String number;
    private final Map<Long, Integer> scores = new HashMap<>();
    private final Map<Long, String> comments = new HashMap<>();

    public void load() {
        if (!reviews.isAssigned(currentUser.actor(), number)) {
            throw new AccessDenied(currentUser.getUsername() + " has no review of " + number);
        }
    }

    public GrantApplication getApplication() {
        return applications.viewByNumber(currentUser.actor(), number);
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
            Feedback.info("review.submitted", number, new Formats().score(review.getWeightedScore()));
            return "/workflow/tasks.xhtml?faces-redirect=true";
        } catch (RuleViolation violation) {
            Feedback.show("review", violation);
            return null;
        }
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public Map<Long, Integer> getScores() {
        return scores;
    }

    public Map<Long, String> getComments() {
        return comments;
    }
}
