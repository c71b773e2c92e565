package org.anslag.web.call;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.anslag.call.Calls;
import org.anslag.call.FundingCall;
import org.anslag.shared.RuleViolation;
import org.anslag.web.shared.CurrentUser;
import org.anslag.web.shared.Feedback;

/** Moves a call's dates or changes its money, e.g. to extend a deadline. */
@Named
@ViewScoped
public class ChangeCallSchedule implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Calls calls;
    @Inject
    CurrentUser currentUser;

    private Long callId;
    private String title;
    private CallScheduleForm schedule;

    public void load() {
        if (title == null) {
            FundingCall call = calls.call(callId);
            title = call.getTitle();
            schedule = CallScheduleForm.of(call);
        }
    }

    public String save() {
        try {
            calls.reschedule(currentUser.actor(), callId, schedule.opensAtInstant(), schedule.closesAtInstant(),
                    schedule.getBudget(), schedule.getMaxGrant());
            Feedback.info("call.changed", title);
            return "/call/programmes.xhtml?faces-redirect=true";
        } catch (RuleViolation violation) {
            Feedback.show("schedule", violation);
            return null;
        }
    }

    public Long getCallId() {
        return callId;
    }

    public void setCallId(Long callId) {
        this.callId = callId;
    }

    public String getTitle() {
        return title;
    }

    public CallScheduleForm getSchedule() {
        return schedule;
    }
}
