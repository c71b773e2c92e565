package org.anslag.award;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.anslag.application.GrantApplication;
import org.anslag.audit.AuditLog;
import org.anslag.notification.Links;
import org.anslag.notification.Mail;
import org.anslag.notification.MailTexts;
import org.anslag.notification.Outbox;
import org.anslag.organisation.Organisations;
import org.anslag.organisation.UserAccount;
import org.anslag.shared.Actor;
import org.anslag.shared.Clocks;
import org.anslag.shared.Money;
import org.anslag.shared.NotFound;
import org.anslag.shared.Role;
import org.anslag.shared.RuleViolation;
import org.anslag.shared.infrastructure.RowLocks;

/**
 * The grant's settlement when the project closes, and återkrav: installments not yet released are
 * cancelled, and what was paid beyond the final report's total spent becomes a claim for finance,
 * raised once per application however often the closing step runs.
 */
@Stateless
public class Recoveries {

    static final String SYSTEM = "system";

    @PersistenceContext
    EntityManager em;
    @Inject
    Clock clock;
    @Inject
    AuditLog audit;
    @Inject
    Outbox outbox;
    @EJB
    Organisations organisations;

    /**
     * Settles a closing grant against the total its approved final report shows spent. The caller
     * holds the application's row lock, so a retried closing sees what the first one committed.
     */
    public Optional<RecoveryClaim> settle(GrantApplication application, BigDecimal spentTotal) {
        String subject = "application:" + application.getNumber();
        for (Installment installment : plan(application)) {
            if (installment.getStatus() == Installment.Status.PLANNED) {
                installment.cancel();
                audit.record(SYSTEM, "CANCEL_INSTALLMENT", subject, "installment " + installment.getNumber() + ", "
                        + kronor(installment.getAmount()) + " kr, not released when the project closed");
            }
        }
        Optional<RecoveryClaim> existing = claimOf(application);
        if (existing.isPresent()) {
            return existing;
        }
        BigDecimal paidTotal = plan(application).stream().filter(installment -> installment.getStatus() == Installment.Status.PAID)
                .map(Installment::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (spentTotal.compareTo(paidTotal) >= 0) {
            return Optional.empty();
        }
        RecoveryClaim claim = new RecoveryClaim(application, paidTotal, spentTotal, clock.instant());
        em.persist(claim);
        audit.record(SYSTEM, "RAISE_RECOVERY_CLAIM", subject, kronor(claim.getAmount()) + " kr: paid "
                + kronor(paidTotal) + " kr, spent " + kronor(spentTotal) + " kr");
        tellCoordinator(application, claim);
        return Optional.of(claim);
    }

    public Optional<RecoveryClaim> claimOf(GrantApplication application) {
        return em.createQuery("select c from RecoveryClaim c where c.application = :application", RecoveryClaim.class)
                .setParameter("application", application).getResultList().stream().findFirst();
    }

    /** Every claim, open ones first, each group the oldest first: finance's list. */
    public List<RecoveryClaim> claims(Actor actor) {
        actor.require(Role.FINANCE);
        return em.createQuery("""
                select c from RecoveryClaim c join fetch c.application
                order by case when c.status = :open then 0 else 1 end, c.createdAt, c.id""", RecoveryClaim.class)
                .setParameter("open", RecoveryClaim.Status.OPEN).getResultList();
    }

    /** Records the repayment; the same repayment recorded twice (a double click) changes nothing. */
    public RecoveryClaim recordRecovered(Actor actor, Long claimId, LocalDate recoveredOn, String reference) {
        actor.require(Role.FINANCE);
        if (recoveredOn == null) {
            throw new RuleViolation("recoveredOn", "validation.required");
        }
        if (recoveredOn.isAfter(LocalDate.now(clock.withZone(Clocks.STOCKHOLM)))) {
            throw new RuleViolation("recoveredOn", "recovery.recoveredOnInFuture");
        }
        if (reference == null || reference.isBlank()) {
            throw new RuleViolation("reference", "validation.required");
        }
        String paymentReference = reference.strip();
        RowLocks.lock(em, "recovery_claim", claimId);
        // read after the lock, with its application: the page names it once the transaction is over
        RecoveryClaim claim = em.createQuery("select c from RecoveryClaim c join fetch c.application where c.id = :id",
                        RecoveryClaim.class).setParameter("id", claimId).getResultList().stream().findFirst()
                .orElseThrow(() -> new NotFound("no recovery claim " + claimId));
        em.refresh(claim);
        if (claim.isRecoveredAs(recoveredOn, paymentReference)) {
            return claim;
        }
        if (claim.getStatus() == RecoveryClaim.Status.RECOVERED) {
            throw new RuleViolation("claim", "recovery.alreadyRecovered", claim.getRecoveredOn().toString(), claim.getReference());
        }
        claim.recovered(recoveredOn, paymentReference, actor.username(), clock.instant());
        audit.record(actor.username(), "RECORD_RECOVERY", "application:" + claim.getApplication().getNumber(),
                kronor(claim.getAmount()) + " kr recovered " + recoveredOn + ", reference " + paymentReference);
        return claim;
    }

    private void tellCoordinator(GrantApplication application, RecoveryClaim claim) {
        String amount = Money.text(claim.getAmount());
        for (UserAccount user : organisations.applicantsOf(application.getCoordinator().getId())) {
            outbox.queue(new Mail("recovery-claim:" + application.getNumber() + ":" + user.getUsername(), user.getEmail(),
                    MailTexts.subject("recoveryClaim", application.getNumber()),
                    MailTexts.body("recoveryClaim", user.getFullName(), application.getNumber(), application.getTitle(),
                            amount, Money.text(claim.getPaidTotal()), Money.text(claim.getSpentTotal()),
                            Links.to("application/application.xhtml?number=" + application.getNumber()))));
        }
    }

    private List<Installment> plan(GrantApplication application) {
        return em.createQuery("select i from Installment i where i.application = :application order by i.number",
                Installment.class).setParameter("application", application).getResultList();
    }

    /** The same figure whether the amount was just computed or read back with its two decimals. */
    private static String kronor(BigDecimal amount) {
        return amount.stripTrailingZeros().toPlainString();
    }
}
