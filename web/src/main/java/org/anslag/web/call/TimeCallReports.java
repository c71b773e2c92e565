package org.anslag.web.call;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.anslag.call.Calls;
import org.anslag.call.ReportTiming;
import org.anslag.shared.RuleViolation;
import org.anslag.web.shared.CurrentUser;
import org.anslag.web.shared.Feedback;

/** When the call's progress reports open, are due and are reminded of, in days around each period's end. */
@Named
@ViewScoped
public class TimeCallReports implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Calls calls;
    @Inject
    CurrentUser currentUser;
    @Inject
    ChangeCallSchedule schedule;

    private Long callId;
    private Integer opensDaysBefore;
    private Integer dueDaysAfter;
    private Integer reminderDaysBefore;

    public void load() {
        if (callId != null) {
            return;
        }
        callId = schedule.getCallId();
        ReportTiming timing = calls.call(callId).getReportTiming();
        opensDaysBefore = timing.getOpensDaysBefore();
        dueDaysAfter = timing.getDueDaysAfter();
        reminderDaysBefore = timing.getReminderDaysBefore();
    }

    public String save() {
        try {
            calls.timeReports(currentUser.actor(), callId, new ReportTiming(required("reportOpensDaysBefore", opensDaysBefore),
                    required("reportDueDaysAfter", dueDaysAfter), required("reportReminderDaysBefore", reminderDaysBefore)));
            Feedback.info("call.reportsTimed");
            return "/call/edit-call.xhtml?faces-redirect=true&call=" + callId;
        } catch (RuleViolation violation) {
            Feedback.show("report-window", violation);
            return null;
        }
    }

    private static int required(String field, Integer days) {
        if (days == null) {
            throw new RuleViolation(field, "validation.required");
        }
        return days;
    }

    public Integer getOpensDaysBefore() {
        return opensDaysBefore;
    }

    public void setOpensDaysBefore(Integer opensDaysBefore) {
        this.opensDaysBefore = opensDaysBefore;
    }

    public Integer getDueDaysAfter() {
        return dueDaysAfter;
    }

    public void setDueDaysAfter(Integer dueDaysAfter) {
        this.dueDaysAfter = dueDaysAfter;
    }

    public Integer getReminderDaysBefore() {
        return reminderDaysBefore;
    }

    public void setReminderDaysBefore(Integer reminderDaysBefore) {
        this.reminderDaysBefore = reminderDaysBefore;
    }
}
