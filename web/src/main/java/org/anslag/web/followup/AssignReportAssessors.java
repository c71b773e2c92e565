package org.anslag.web.followup;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import org.anslag.followup.ReportAssessors;
import org.anslag.review.Reviews;
import org.anslag.shared.RuleViolation;
import org.anslag.web.shared.ApplicationStep;
import org.anslag.web.shared.Feedback;

/**
 * The manager names who assesses a funded project's reports: the programme's pool with the same
 * exclusions as for the review, the current assessors ticked (at first the project's reviewers).
 */
@Named
@ViewScoped
public class AssignReportAssessors extends ApplicationStep {

    private static final long serialVersionUID = 1L;

    @EJB
    ReportAssessors assessors;
    @EJB
    Reviews reviews;

    private List<String> evaluators = new ArrayList<>();
    private transient List<Reviews.Candidate> candidates;

    public void load() {
        if (!FacesContext.getCurrentInstance().isPostback()) {
            evaluators = new ArrayList<>(assessors.of(getApplication()));
        }
    }

    public List<Reviews.Candidate> getCandidates() {
        if (candidates == null) {
            candidates = reviews.candidates(currentUser.actor(), number);
        }
        return candidates;
    }

    public String assign() {
        try {
            assessors.assign(currentUser.actor(), number, evaluators);
            Feedback.info("reportAssessors.assigned", number);
            return "/application/application.xhtml?faces-redirect=true&number=" + number;
        } catch (RuleViolation violation) {
            Feedback.show("follow-up", violation);
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
