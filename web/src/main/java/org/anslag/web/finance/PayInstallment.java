package org.anslag.web.finance;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.anslag.award.Disbursements;
import org.anslag.award.Installment;
import org.anslag.award.Payments;
import org.anslag.followup.FollowUps;
import org.anslag.followup.ProgressReport;
import org.anslag.shared.NotFound;
import org.anslag.shared.Role;
import org.anslag.shared.RuleViolation;
import org.anslag.web.shared.ApplicationStep;
import org.anslag.web.shared.Feedback;
import org.anslag.web.shared.PerRequest;
import org.anslag.workflow.GrantApplicationProcess;

/**
 * Finance releases one installment of a grant once the report it waits for is approved, then
 * records it paid with the payment date and the bank's reference.
 */
@Named
@ViewScoped
public class PayInstallment extends ApplicationStep {

    private static final long serialVersionUID = 1L;

    @EJB
    Disbursements disbursements;
    @EJB
    Payments payments;
    @EJB
    FollowUps followUps;
    @EJB
    GrantApplicationProcess process;

    private final PerRequest<List<Installment>> plan = new PerRequest<>();
    private final PerRequest<Set<Integer>> periodsAwaitingRelease = new PerRequest<>();
    private Integer installmentNumber;
    private LocalDate paidOn;
    private String reference;

    /** Without an installment in the address (from the task list): the first one waiting for finance. */
    public void load() {
        currentUser.actor().require(Role.FINANCE);
        requireKnownNumber();
        if (installmentNumber == null) {
            List<Installment> plan = getPlan();
            installmentNumber = plan.stream().filter(this::isReleasable).findFirst()
                    .or(() -> plan.stream().filter(i -> i.getStatus() != Installment.Status.PAID).findFirst())
                    .map(Installment::getNumber).orElse(1);
        }
        getInstallment();
    }

    public List<Installment> getPlan() {
        return plan.get(() -> disbursements.planOf(currentUser.actor(), getApplication().getId()));
    }

    public Installment getInstallment() {
        return getPlan().stream().filter(i -> i.getNumber() == installmentNumber).findFirst()
                .orElseThrow(() -> new NotFound("installment " + installmentNumber + " of " + number));
    }

    public boolean isReleasable() {
        return isReleasable(getInstallment());
    }

    private boolean isReleasable(Installment installment) {
        Set<Integer> approved = periodsAwaitingRelease.get(() -> process.periodsAwaitingRelease(number));
        return installment.getStatus() == Installment.Status.PLANNED
                && (installment.getAwaitsReport() == null || approved.contains(installment.getAwaitsReport()));
    }

    /** The report this installment waits for was sent back: the installment is held until it is approved. */
    public boolean isHeld() {
        Installment installment = getInstallment();
        return installment.getStatus() == Installment.Status.PLANNED && installment.getAwaitsReport() != null
                && followUps.versionsOf(number, installment.getAwaitsReport()).stream()
                        .reduce((earlier, later) -> later).filter(ProgressReport::isSentBack).isPresent();
    }

    public String release() {
        try {
            Installment installment = payments.release(currentUser.actor(), number, installmentNumber);
            Feedback.info(installment.getStatus() == Installment.Status.RELEASED ? "payment.releasedInfo"
                    : "payment.proposedInfo", installmentNumber, number);
            return self();
        } catch (RuleViolation violation) {
            Feedback.show("release", violation);
            return null;
        }
    }

    public String confirmRelease() {
        try {
            payments.confirmRelease(currentUser.actor(), number, installmentNumber);
            Feedback.info("payment.releasedInfo", installmentNumber, number);
            return self();
        } catch (RuleViolation violation) {
            Feedback.show("release", violation);
            return null;
        }
    }

    public String recordPaid() {
        try {
            payments.recordPaid(currentUser.actor(), number, installmentNumber, paidOn, reference);
            Feedback.info("payment.paidInfo", installmentNumber, number);
            return self();
        } catch (RuleViolation violation) {
            Feedback.show("payment", violation);
            return null;
        }
    }

    private String self() {
        return "/finance/pay-installment.xhtml?faces-redirect=true&number=" + number + "&installment=" + installmentNumber;
    }

    public Integer getInstallmentNumber() {
        return installmentNumber;
    }

    public void setInstallmentNumber(Integer installmentNumber) {
        this.installmentNumber = installmentNumber;
    }

    public LocalDate getPaidOn() {
        return paidOn;
    }

    public void setPaidOn(LocalDate paidOn) {
        this.paidOn = paidOn;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }
}
