package org.anslag.award;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import org.anslag.audit.AuditLog;
import org.anslag.shared.Actor;
import org.anslag.shared.Clocks;
import org.anslag.shared.NotFound;
import org.anslag.shared.Role;
import org.anslag.shared.RuleViolation;
import org.anslag.shared.infrastructure.RowLocks;
import org.anslag.workflow.GrantApplicationProcess;

/**
 * Finance releases an installment once the report it waits for is approved, then records it paid.
 * Each step locks the installment's row, so two finance users, or one double click, change it once.
 */
@Stateless
public class Payments {

    static final String SYSTEM = "system";

    @PersistenceContext
    EntityManager em;
    @Inject
    Clock clock;
    @Inject
    AuditLog audit;
    @EJB
    GrantApplicationProcess process;

    /**
     * Releases the installment; above the call's four-eyes limit this only proposes the release,
     * which another finance user then confirms.
     */
    public Installment release(Actor actor, String number, int installmentNumber) {
        actor.require(Role.FINANCE);
        Installment installment = releasable(number, installmentNumber);
        if (installment.getReleaseProposedBy() != null) {
            throw new RuleViolation("installment", "payment.alreadyProposed", installment.getReleaseProposedBy());
        }
        if (installment.getApplication().getCall().needsSecondApproval(installment.getAmount())) {
            installment.proposeRelease(actor.username(), clock.instant());
            audit.record(actor.username(), "PROPOSE_RELEASE", "application:" + number,
                    "installment " + installmentNumber + ", " + kronor(installment) + " kr, above the four-eyes limit");
            return installment;
        }
        return completeRelease(installment, number, actor.username());
    }

    /** The second pair of eyes: another finance user than the one who proposed the release. */
    public Installment confirmRelease(Actor actor, String number, int installmentNumber) {
        actor.require(Role.FINANCE);
        Installment installment = releasable(number, installmentNumber);
        if (installment.getReleaseProposedBy() == null) {
            throw new RuleViolation("installment", "payment.notProposed");
        }
        if (installment.getReleaseProposedBy().equals(actor.username())) {
            throw new RuleViolation("installment", "payment.sameFinanceUser");
        }
        return completeRelease(installment, number, actor.username());
    }

    private Installment releasable(String number, int installmentNumber) {
        Installment installment = locked(number, installmentNumber);
        if (installment.getStatus() == Installment.Status.CANCELLED) {
            throw new RuleViolation("installment", "payment.cancelled");
        }
        if (installment.getStatus() != Installment.Status.PLANNED) {
            throw new RuleViolation("installment", "payment.alreadyReleased", installment.getReleasedBy());
        }
        if (installment.getAwaitsReport() != null
                && !process.periodsAwaitingRelease(number).contains(installment.getAwaitsReport())) {
            throw new RuleViolation("installment", "payment.reportNotApproved", installment.getAwaitsReport());
        }
        return installment;
    }

    private Installment completeRelease(Installment installment, String number, String by) {
        if (installment.getAwaitsReport() != null) {
            process.releaseInstallment(number, installment.getAwaitsReport());
        }
        releaseBy(installment, by);
        return installment;
    }

    /** The advance goes out on acceptance, in the acceptance's transaction: nothing to wait for. */
    public void releaseAdvance(Installment advance) {
        releaseBy(advance, SYSTEM);
    }

    /** Records the payment; the same payment recorded twice (a double click) changes nothing. */
    public Installment recordPaid(Actor actor, String number, int installmentNumber, LocalDate paidOn, String reference) {
        actor.require(Role.FINANCE);
        if (paidOn == null) {
            throw new RuleViolation("paidOn", "validation.required");
        }
        if (paidOn.isAfter(LocalDate.now(clock.withZone(Clocks.STOCKHOLM)))) {
            throw new RuleViolation("paidOn", "payment.paidOnInFuture");
        }
        if (reference == null || reference.isBlank()) {
            throw new RuleViolation("reference", "validation.required");
        }
        String paymentReference = reference.strip();
        Installment installment = locked(number, installmentNumber);
        if (installment.isPaidAs(paidOn, paymentReference)) {
            return installment;
        }
        switch (installment.getStatus()) {
            case PLANNED -> throw new RuleViolation("installment", "payment.notReleased");
            case CANCELLED -> throw new RuleViolation("installment", "payment.cancelled");
            case PAID -> throw new RuleViolation("installment", "payment.alreadyPaid",
                    installment.getPaidOn().toString(), installment.getPaymentReference());
            case RELEASED -> installment.pay(paidOn, paymentReference, actor.username(), clock.instant());
        }
        audit.record(actor.username(), "PAY_INSTALLMENT", "application:" + number,
                "installment " + installmentNumber + ", " + kronor(installment) + " kr, paid "
                        + paidOn + ", reference " + paymentReference);
        return installment;
    }

    private void releaseBy(Installment installment, String by) {
        installment.release(by, clock.instant());
        audit.record(by, "RELEASE_INSTALLMENT", "application:" + installment.getApplication().getNumber(),
                "installment " + installment.getNumber() + ", " + kronor(installment) + " kr"
                        + (installment.getReleaseProposedBy() == null ? "" : ", proposed by " + installment.getReleaseProposedBy()));
    }

    /** The same figure whether the amount was just computed or read back with its two decimals. */
    private static String kronor(Installment installment) {
        return installment.getAmount().stripTrailingZeros().toPlainString();
    }

    /** Reads the installment only after its row is locked, so a second request sees what the first committed. */
    private Installment locked(String number, int installmentNumber) {
        Long id = em.createQuery("""
                select i.id from Installment i where i.application.number = :number and i.number = :installment""",
                Long.class).setParameter("number", number).setParameter("installment", installmentNumber)
                .getResultStream().findFirst()
                .orElseThrow(() -> new NotFound("no installment " + installmentNumber + " of " + number));
        RowLocks.lock(em, "installment", id);
        Installment installment = em.find(Installment.class, id);
        em.refresh(installment);
        return installment;
    }
}
