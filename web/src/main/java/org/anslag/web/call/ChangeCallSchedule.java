package org.anslag.web.call;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.anslag.call.Calls;
import org.anslag.call.FundingCall;
import org.anslag.shared.Clocks;
import org.anslag.shared.RuleViolation;
import org.anslag.web.shared.CurrentUser;
import org.anslag.web.shared.Feedback;

/** Moves a call's dates or changes its money, e.g. to extend a deadline. */
@Named
@ViewScoped
public class ChangeCallSchedule implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient Calls calls;
    @Inject
    CurrentUser currentUser;

    private Long callId;
    private String title;
    private LocalDateTime opensAt;
    private LocalDateTime closesAt;
    private BigDecimal budget;
    private BigDecimal maxGrant;

    public void load() {
        if (title == null) {
            FundingCall call = calls.call(callId);
            title = call.getTitle();
            opensAt = LocalDateTime.ofInstant(call.getOpensAt(), Clocks.STOCKHOLM);
            closesAt = LocalDateTime.ofInstant(call.getClosesAt(), Clocks.STOCKHOLM);
            budget = call.getBudget();
            maxGrant = call.getMaxGrant();
        }
    }

    public String save() {
        try {
            calls.reschedule(currentUser.actor(), callId,
                    opensAt == null ? null : opensAt.atZone(Clocks.STOCKHOLM).toInstant(),
                    closesAt == null ? null : closesAt.atZone(Clocks.STOCKHOLM).toInstant(), budget, maxGrant);
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

    public LocalDateTime getOpensAt() {
        return opensAt;
    }

    public void setOpensAt(LocalDateTime opensAt) {
        this.opensAt = opensAt;
    }

    public LocalDateTime getClosesAt() {
        return closesAt;
    }

    public void setClosesAt(LocalDateTime closesAt) {
        this.closesAt = closesAt;
    }

    public BigDecimal getBudget() {
        return budget;
    }

    public void setBudget(BigDecimal budget) {
        this.budget = budget;
    }

    public BigDecimal getMaxGrant() {
        return maxGrant;
    }

    public void setMaxGrant(BigDecimal maxGrant) {
        this.maxGrant = maxGrant;
    }
}
