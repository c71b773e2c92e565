package org.anslag.web.application;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.anslag.audit.ReadEntry;
import org.anslag.audit.ReadLog;
import org.anslag.application.Applications;
import org.anslag.application.GrantApplication;
import org.anslag.audit.AuditEntry;
import org.anslag.audit.AuditLog;
import org.anslag.award.AgreementStatus;
import org.anslag.award.Awards;
import org.anslag.award.Disbursements;
import org.anslag.award.FundingDecision;
import org.anslag.award.GrantAgreement;
import org.anslag.award.Installment;
import org.anslag.award.Recoveries;
import org.anslag.award.RecoveryClaim;
import org.anslag.followup.FinalReport;
import org.anslag.followup.FinalReports;
import org.anslag.followup.FollowUps;
import org.anslag.followup.ReportAssessors;
import org.anslag.followup.ProgressReport;
import org.anslag.followup.ReportWindow;
import org.anslag.followup.ReportWindows;
import org.anslag.review.Review;
import org.anslag.review.Reviews;
import org.anslag.shared.Role;
import org.anslag.shared.RuleViolation;
import org.anslag.web.shared.CurrentUser;
import org.anslag.web.shared.Feedback;
import org.anslag.workflow.GrantApplicationProcess;

/** One application as its reader may see it: facts, where its process stands, decision, reports. */
@Named
@ViewScoped
public class ApplicationDetails implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Applications applications;
    @EJB
    ReadLog readLog;
    @EJB
    Awards awards;
    @EJB
    FollowUps followUps;
    @EJB
    ReportAssessors reportAssessors;
    @EJB
    Disbursements disbursements;
    @EJB
    ReportWindows reportWindows;
    @EJB
    Reviews reviews;
    @EJB
    FinalReports finalReports;
    @EJB
    Recoveries recoveries;
    @EJB
    GrantApplicationProcess process;
    @Inject
    AuditLog audit;
    @Inject
    CurrentUser currentUser;

    private String number;
    private String withdrawalReason;
    private transient GrantApplication application;
    private transient List<String> currentSteps;
    private transient Optional<FundingDecision> decision;
    private transient Optional<GrantAgreement> agreement;
    private transient List<ProgressReport> reports;
    private transient List<FinalReport> finalReportVersions;
    private transient List<Installment> installments;
    private transient ReportWindow reportWindow;
    private transient List<Review> reviewList;
    private transient boolean reviewsHidden;

    /** Reads everything the page shows once; the view action runs on every visit. */
    public void load() {
        application = applications.viewByNumber(currentUser.actor(), number);
        readLog.read(currentUser.actor(), application.getId(), number, ReadEntry.What.APPLICATION_PAGE, null);
        currentSteps = process.currentSteps(number);
        // a grant waiting for the second manager is not yet a decision anyone outside management sees
        decision = awards.decisionOf(number).filter(taken -> !taken.isAwaitingApproval());
        agreement = awards.agreementOf(number);
        reports = followUps.reportsOf(number);
        finalReportVersions = finalReports.versionsOf(number);
        // a plan exists only once the agreement is accepted; no query before that
        installments = agreement.filter(accepted -> accepted.getStatus() == AgreementStatus.ACCEPTED)
                .map(accepted -> disbursements.planOf(currentUser.actor(), application.getId())).orElse(List.of());
        // only a followed-up grant has report windows; no process query before that
        reportWindow = installments.isEmpty() ? null : reportWindows.awaited(application).orElse(null);
        boolean readable = reviews.mayReadReviews(currentUser.actor(), number);
        reviewList = readable ? reviews.reviewsOf(currentUser.actor(), number) : List.of();
        // an evaluator sees the others' reviews only once their own is in
        reviewsHidden = !readable && currentUser.actor().has(Role.EVALUATOR)
                && process.wasAssignedTo(number, currentUser.getUsername());
    }

    public GrantApplication getApplication() {
        if (application == null) {
            load();
        }
        return application;
    }

    public List<String> getCurrentSteps() {
        getApplication();
        return currentSteps;
    }

    public Optional<FundingDecision> getDecision() {
        getApplication();
        return decision;
    }

    public Optional<GrantAgreement> getAgreement() {
        getApplication();
        return agreement;
    }

    public List<ProgressReport> getReports() {
        getApplication();
        return reports;
    }

    /** The periods whose report was sent back at least once: their versions are shown side by side. */
    public List<Integer> getRevisedPeriods() {
        return getReports().stream().filter(report -> report.getRevision() > 1)
                .map(ProgressReport::getPeriodNumber).distinct().toList();
    }

    public List<ProgressReport> versionsOf(int period) {
        return getReports().stream().filter(report -> report.getPeriodNumber() == period).toList();
    }

    public List<Installment> getInstallments() {
        getApplication();
        return installments;
    }

    public List<Review> getReviews() {
        getApplication();
        return reviewList;
    }

    public boolean isReviewsHidden() {
        getApplication();
        return reviewsHidden;
    }

    public List<AuditEntry> getHistory() {
        return currentUser.actor().has(Role.PROGRAMME_MANAGER)
                ? audit.about("application:" + getApplication().getNumber()) : List.of();
    }

    /** For managers once the grant is being followed up: who assesses its reports. */
    public List<String> getReportAssessors() {
        return isFollowedUp() && currentUser.actor().has(Role.PROGRAMME_MANAGER)
                ? reportAssessors.of(getApplication()) : List.of();
    }

    public boolean isFollowedUp() {
        return getAgreement().filter(accepted -> accepted.getStatus() == AgreementStatus.ACCEPTED).isPresent();
    }

    public boolean isCoordinator() {
        return currentUser.actor().belongsTo(getApplication().getCoordinator().getId());
    }

    public boolean isWaitingAt(String step) {
        return getCurrentSteps().contains(step);
    }

    public boolean isWithdrawable() {
        return isCoordinator() && getApplication().getStatus().isWithdrawable();
    }

    public String withdraw() {
        try {
            applications.withdraw(currentUser.actor(), getApplication().getId(), withdrawalReason);
            Feedback.info("application.withdrawn", number);
            return "/application/application.xhtml?faces-redirect=true&number=" + number;
        } catch (RuleViolation violation) {
            Feedback.show("withdrawal", violation);
            return null;
        }
    }

    public String getAcceptAgreementStep() {
        return GrantApplicationProcess.ACCEPT_AGREEMENT;
    }

    /** When the awaited report opens and is due; null when no report is awaited. */
    public ReportWindow getReportWindow() {
        return reportWindow;
    }

    public String getSubmitReportStep() {
        return GrantApplicationProcess.SUBMIT_PROGRESS_REPORT;
    }

    // the final report and the grant's settlement (issue 15, final)

    public String getSubmitFinalReportStep() {
        return GrantApplicationProcess.SUBMIT_FINAL_REPORT;
    }

    /** Every version of the final report, side by side once one was sent back. */
    public List<FinalReport> getFinalReportVersions() {
        getApplication();
        return finalReportVersions;
    }

    /** The approved version, which closed the project: its results are there for anyone who may read the application. */
    public FinalReport getApprovedFinalReport() {
        List<FinalReport> versions = getFinalReportVersions();
        return versions.isEmpty() || !versions.get(versions.size() - 1).isApproved() ? null : versions.get(versions.size() - 1);
    }

    /** The recovery claim for the coordinator, managers and finance; evaluators have no part in the money. */
    public RecoveryClaim getRecoveryClaim() {
        return getApprovedFinalReport() == null || currentUser.actor().has(Role.EVALUATOR) ? null
                : recoveries.claimOf(getApplication()).orElse(null);
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public String getWithdrawalReason() {
        return withdrawalReason;
    }

    public void setWithdrawalReason(String withdrawalReason) {
        this.withdrawalReason = withdrawalReason;
    }
}
