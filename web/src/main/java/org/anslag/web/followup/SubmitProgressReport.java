package org.anslag.web.followup;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.anslag.followup.FollowUps;
import org.anslag.followup.Hinder;
import org.anslag.followup.ProgressReport;
import org.anslag.followup.ReportContent;
import org.anslag.followup.SuccessFactor;
import org.anslag.shared.AccessDenied;
import org.anslag.shared.RuleViolation;
import org.anslag.web.shared.ApplicationStep;
import org.anslag.web.shared.Feedback;
import org.anslag.workflow.GrantApplicationProcess;

/** A funded project reports progress: narrative, indicators, tagged hinders and success factors. */
@Named
@ViewScoped
public class SubmitProgressReport extends ApplicationStep {

    private static final long serialVersionUID = 1L;

    @EJB
    transient GrantApplicationProcess process;
    @EJB
    transient FollowUps followUps;

    private String narrative;
    private Integer ideasReceived;
    private Integer ideasImplemented;
    private Integer employeesInvolved;
    private Hinder[] hinders = new Hinder[0];
    private SuccessFactor[] successFactors = new SuccessFactor[0];

    public void load() {
        if (!currentUser.actor().belongsTo(getApplication().getCoordinator().getId())) {
            throw new AccessDenied(currentUser.getUsername() + " does not coordinate " + number);
        }
        if (!process.isWaitingAt(number, GrantApplicationProcess.SUBMIT_PROGRESS_REPORT)) {
            // no report is asked for now (not granted yet, or already sent): nothing to fill in
            throw new org.anslag.shared.NotFound("no report awaited for " + number);
        }
    }

    public String submit() {
        try {
            followUps.submit(currentUser.actor(), number, new ReportContent(narrative, orZero(ideasReceived),
                    orZero(ideasImplemented), orZero(employeesInvolved),
                    Set.of(hinders),
                    Set.of(successFactors)));
            Feedback.info("report.submittedInfo", number);
            return "/application/application.xhtml?faces-redirect=true&number=" + number;
        } catch (RuleViolation violation) {
            Feedback.show("report", violation);
            return null;
        }
    }

    /** Which of the call's reporting periods this report is for, and when that period ends. */
    public String getPeriod() {
        int period = followUps.nextPeriod(number);
        int periods = getApplication().getCall().reportsRequired();
        List<LocalDate> ends = getApplication().getCall().getReportingPeriodEnds();
        return period <= ends.size()
                ? Feedback.text("report.periodEnding", period, periods, ends.get(period - 1).toString())
                : Feedback.text("report.periodOf", period, periods);
    }

    /** The versions of this period sent back so far, with the assessors' comments; empty for a first report. */
    public List<ProgressReport> getEarlierVersions() {
        return followUps.latestOf(number).filter(ProgressReport::isSentBack)
                .map(latest -> followUps.versionsOf(number, latest.getPeriodNumber())).orElse(List.of());
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }

    public Hinder[] getHinderVocabulary() {
        return Hinder.values();
    }

    public SuccessFactor[] getSuccessFactorVocabulary() {
        return SuccessFactor.values();
    }

    public String getNarrative() {
        return narrative;
    }

    public void setNarrative(String narrative) {
        this.narrative = narrative;
    }

    public Integer getIdeasReceived() {
        return ideasReceived;
    }

    public void setIdeasReceived(Integer ideasReceived) {
        this.ideasReceived = ideasReceived;
    }

    public Integer getIdeasImplemented() {
        return ideasImplemented;
    }

    public void setIdeasImplemented(Integer ideasImplemented) {
        this.ideasImplemented = ideasImplemented;
    }

    public Integer getEmployeesInvolved() {
        return employeesInvolved;
    }

    public void setEmployeesInvolved(Integer employeesInvolved) {
        this.employeesInvolved = employeesInvolved;
    }

    public Hinder[] getHinders() {
        return hinders.clone();
    }

    public void setHinders(Hinder[] hinders) {
        this.hinders = hinders == null ? new Hinder[0] : hinders.clone();
    }

    public SuccessFactor[] getSuccessFactors() {
        return successFactors.clone();
    }

    public void setSuccessFactors(SuccessFactor[] successFactors) {
        this.successFactors = successFactors == null ? new SuccessFactor[0] : successFactors.clone();
    }
}
