package org.anslag.web.followup;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import org.anslag.followup.FinalReport;
import org.anslag.followup.FinalReports;
import org.anslag.followup.ReportAssessors;
import org.anslag.shared.AccessDenied;
import org.anslag.shared.NotFound;
import org.anslag.shared.RuleViolation;
import org.anslag.web.shared.ApplicationStep;
import org.anslag.web.shared.Feedback;
import org.anslag.workflow.GrantApplicationProcess;

/**
 * An assessor of the follow-up scores the final report (1–7 with a comment) and approves it, which
 * closes the project, or sends it back; a revision is shown beside the versions before it.
 */
@Named
@ViewScoped
public class AssessFinalReport extends ApplicationStep {

    private static final long serialVersionUID = 1L;

    @EJB
    FinalReports finalReports;
    @EJB
    ReportAssessors assessors;
    @EJB
    GrantApplicationProcess process;

    private Integer score;
    private String assessment;

    public void load() throws IOException {
        if (assessors.mustDeclare(currentUser.actor(), number)) {
            // a newly assigned assessor declares conflicts before seeing the application
            var external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath() + "/review/declare-conflicts.xhtml?number=" + number);
            return;
        }
        if (!assessors.isClearedAssessor(getApplication(), currentUser.getUsername())) {
            throw new AccessDenied(currentUser.getUsername() + " does not assess " + number);
        }
        if (!process.isWaitingAt(number, GrantApplicationProcess.ASSESS_FINAL_REPORT)) {
            throw new NotFound("no final report awaits assessment in " + number);
        }
    }

    public FinalReport getReport() {
        return finalReports.latestOf(number).orElse(null);
    }

    /** Every version, the one to assess last; one column each. */
    public List<FinalReport> getVersions() {
        return finalReports.versionsOf(number);
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
                finalReports.approve(currentUser.actor(), number, score, assessment);
            } else {
                finalReports.sendBack(currentUser.actor(), number, score, assessment);
            }
            Feedback.info(approved ? "finalReport.approvedInfo" : "finalReport.sentBackInfo", number);
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
