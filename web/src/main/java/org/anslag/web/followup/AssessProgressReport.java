package org.anslag.web.followup;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;
import org.anslag.followup.CallIndicators;
import org.anslag.followup.FollowUps;
import org.anslag.followup.ProgressReport;
import org.anslag.followup.ReportAssessors;
import org.anslag.shared.RuleViolation;
import org.anslag.web.shared.ApplicationStep;
import org.anslag.web.shared.Feedback;

/**
 * An assessor of the follow-up scores a progress report on the 1–7 scale with a comment, and
 * approves it or sends it back for revision; a revision is shown beside the versions before it.
 */
@Named
@ViewScoped
public class AssessProgressReport extends ApplicationStep {

    private static final long serialVersionUID = 1L;

    @EJB
    FollowUps followUps;
    @EJB
    ReportAssessors assessors;
    @EJB
    CallIndicators callIndicators;

    private Integer score;
    private String assessment;

    public void load() throws java.io.IOException {
        if (assessors.mustDeclare(currentUser.actor(), number)) {
            // a newly assigned assessor sees who applies with whom, and the content only after declaring
            var external = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath() + "/review/declare-conflicts.xhtml?number=" + number);
            return;
        }
        // reading the application checks the policy; assessing needs the follow-up's assignment too
        if (!assessors.isClearedAssessor(getApplication(), currentUser.getUsername())) {
            throw new org.anslag.shared.AccessDenied(currentUser.getUsername() + " does not assess " + number);
        }
    }

    public ProgressReport getReport() {
        return followUps.latestOf(number).orElse(null);
    }

    /** Every version of the report's period, the one to assess last; one column each. */
    public List<ProgressReport> getVersions() {
        ProgressReport report = getReport();
        return report == null ? List.of() : followUps.versionsOf(number, report.getPeriodNumber());
    }

    /** The call's indicators with this report's values; cumulative ones with their total to date against the target. */
    public List<IndicatorFigures> getIndicators() {
        ProgressReport report = getReport();
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return callIndicators.of(getApplication().getCall().getId()).stream()
                .map(indicator -> new IndicatorFigures(indicator.name(locale), indicator.getUnit(),
                        report.valueOf(indicator.getId()),
                        indicator.isCumulative() ? followUps.cumulative(number, indicator.getId(), report.getPeriodNumber()) : null,
                        indicator.getTarget())).toList();
    }

    public List<Integer> getScale() {
        return List.of(1, 2, 3, 4, 5, 6, 7);
    }

    public String approve() {
        return conclude(true);
    }

    public String sendBack() {
        return conclude(false);
    }

    private String conclude(boolean approved) {
        if (score == null) {
            Feedback.show("assess", new RuleViolation("score", "review.scoreMissing", ""));
            return null;
        }
        try {
            if (approved) {
                followUps.assess(currentUser.actor(), number, score, assessment);
            } else {
                followUps.sendBack(currentUser.actor(), number, score, assessment);
            }
            Feedback.info(approved ? "report.assessedInfo" : "report.sentBackInfo", number);
            return "/workflow/tasks.xhtml?faces-redirect=true";
        } catch (RuleViolation violation) {
            Feedback.show("assess", violation);
            return null;
        }
    }

    public Integer getScore() {
        return score;
    }

    public void setScore(Integer score) {
        this.score = score;
    }

    public String getAssessment() {
        return assessment;
    }

    public void setAssessment(String assessment) {
        this.assessment = assessment;
    }
}
