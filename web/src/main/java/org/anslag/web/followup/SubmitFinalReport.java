package org.anslag.web.followup;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.anslag.followup.FinalReport;
import org.anslag.followup.FinalReportContent;
import org.anslag.followup.FinalReports;
import org.anslag.followup.Licence;
import org.anslag.followup.ReusableResult;
import org.anslag.shared.AccessDenied;
import org.anslag.shared.NotFound;
import org.anslag.shared.RuleViolation;
import org.anslag.web.shared.AmountConverter;
import org.anslag.web.shared.ApplicationStep;
import org.anslag.web.shared.Feedback;
import org.anslag.web.shared.Formats;
import org.anslag.workflow.GrantApplicationProcess;

/**
 * The coordinator's final report: outcomes against the goals, results another municipality could
 * reuse, lessons and the total spent. A revision starts from the version sent back.
 */
@Named
@ViewScoped
public class SubmitFinalReport extends ApplicationStep {

    private static final long serialVersionUID = 1L;

    @EJB
    GrantApplicationProcess process;
    @EJB
    FinalReports finalReports;

    private String outcomes;
    private String lessons;
    /** As typed ("1 250 000"), so that a refused figure stays in the field. */
    private String totalSpent;
    private final List<ResultLine> results = new ArrayList<>();
    private boolean loaded;

    public void load() {
        if (!currentUser.actor().belongsTo(getApplication().getCoordinator().getId())) {
            throw new AccessDenied(currentUser.getUsername() + " does not coordinate " + number);
        }
        if (!process.isWaitingAt(number, GrantApplicationProcess.SUBMIT_FINAL_REPORT)) {
            throw new NotFound("no final report awaited for " + number);
        }
        if (loaded) {
            return;
        }
        loaded = true;
        getSentBack().ifPresentOrElse(earlier -> {
            outcomes = earlier.getOutcomes();
            lessons = earlier.getLessons();
            totalSpent = Formats.formatMoney(earlier.getTotalSpent()).replace("\u00A0kr", "");
            earlier.getResults().forEach(result -> results.add(ResultLine.of(result)));
        }, () -> results.add(new ResultLine()));
    }

    private java.util.Optional<FinalReport> getSentBack() {
        return finalReports.latestOf(number).filter(FinalReport::isSentBack);
    }

    /** Every version sent back so far with the assessor's comments; empty for a first report. */
    public List<FinalReport> getEarlierVersions() {
        return getSentBack().isPresent() ? finalReports.versionsOf(number) : List.of();
    }

    public List<Licence> getLicences() {
        return List.of(Licence.values());
    }

    public void addResult() {
        results.add(new ResultLine());
    }

    public void removeResult(ResultLine line) {
        if (results.size() > 1) {
            results.remove(line);
        }
    }

    public String submit() {
        boolean valid = required("outcomes", outcomes) & required("lessons", lessons);
        BigDecimal spent = null;
        try {
            spent = AmountConverter.parse(totalSpent);
            if (spent == null) {
                throw new RuleViolation("totalSpent", "validation.required");
            }
        } catch (RuleViolation refused) {
            problem("final:totalSpent", Feedback.aboutField("totalSpent", refused.messageKey()));
            valid = false;
        }
        List<ReusableResult> checked = new ArrayList<>();
        for (int row = 0; row < results.size(); row++) {
            try {
                checked.add(results.get(row).toResult());
            } catch (RuleViolation violation) {
                problem("final:results:" + row + ":" + violation.field(),
                        Feedback.text("finalReport.resultNumber", row + 1) + " – "
                                + Feedback.aboutField(violation.field(), violation.messageKey(), violation.arguments()));
                valid = false;
            }
        }
        if (!valid) {
            FacesContext.getCurrentInstance().validationFailed();
            return null;
        }
        try {
            finalReports.submit(currentUser.actor(), number, new FinalReportContent(outcomes, checked, lessons, spent));
            Feedback.info("finalReport.submittedInfo", number);
            return "/application/application.xhtml?faces-redirect=true&number=" + number;
        } catch (RuleViolation violation) {
            Feedback.show("final", violation);
            return null;
        }
    }

    private static boolean required(String field, String typed) {
        if (typed == null || typed.isBlank()) {
            problem("final:" + field, Feedback.aboutField(field, "validation.required"));
            return false;
        }
        return true;
    }

    private static void problem(String clientId, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }

    public String getOutcomes() {
        return outcomes;
    }

    public void setOutcomes(String outcomes) {
        this.outcomes = outcomes;
    }

    public String getLessons() {
        return lessons;
    }

    public void setLessons(String lessons) {
        this.lessons = lessons;
    }

    public String getTotalSpent() {
        return totalSpent;
    }

    public void setTotalSpent(String totalSpent) {
        this.totalSpent = totalSpent;
    }

    public List<ResultLine> getResults() {
        return results;
    }
}
