package org.anslag.web.call;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import org.anslag.call.FundingCall;
import org.anslag.shared.Clocks;

/** The dates (typed in Swedish time) and money of a call, shared by the create and change forms. */
public class CallScheduleForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private LocalDateTime opensAt;
    private LocalDateTime closesAt;
    private BigDecimal budget;
    private BigDecimal maxGrant;

    static CallScheduleForm of(FundingCall call) {
        CallScheduleForm form = new CallScheduleForm();
        form.opensAt = LocalDateTime.ofInstant(call.getOpensAt(), Clocks.STOCKHOLM);
        form.closesAt = LocalDateTime.ofInstant(call.getClosesAt(), Clocks.STOCKHOLM);
        form.budget = call.getBudget();
        form.maxGrant = call.getMaxGrant();
        return form;
    }

    Instant opensAtInstant() {
        return opensAt == null ? null : opensAt.atZone(Clocks.STOCKHOLM).toInstant();
    }

    Instant closesAtInstant() {
        return closesAt == null ? null : closesAt.atZone(Clocks.STOCKHOLM).toInstant();
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
