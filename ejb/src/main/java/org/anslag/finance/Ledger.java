package org.anslag.finance;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;
import org.anslag.award.Installment;
import org.anslag.award.RecoveryClaim;
import org.anslag.followup.ReportOutcome;
import org.anslag.shared.Clocks;

/**
 * The payment ledger's rows, read as they are written: plain values (no entities, so nothing
 * piles up in the persistence context), fetched from the database a batch at a time.
 */
@Stateless
public class Ledger {

    private static final int FETCH_SIZE = 500;

    @PersistenceContext
    EntityManager em;
    @Inject
    Clock clock;

    /** Every installment of the calls' grants, in application-number order; the caller closes the stream. */
    public Stream<LedgerRow> installments(Collection<Long> callIds) {
        LocalDate today = LocalDate.now(clock.withZone(Clocks.STOCKHOLM));
        return em.createQuery("""
                select a.number, i.number, i.dueOn, i.amount, i.status, i.paidOn, i.paymentReference, i.awaitsReport,
                  (select r.outcome from ProgressReport r where r.application = a and r.periodNumber = i.awaitsReport
                     and r.revision = (select max(r2.revision) from ProgressReport r2
                                       where r2.application = a and r2.periodNumber = i.awaitsReport))
                from Installment i join i.application a where a.call.id in :calls
                order by a.number, i.number""", Object[].class)
                .setParameter("calls", callIds).setHint("org.hibernate.fetchSize", FETCH_SIZE)
                .getResultStream()
                .map(row -> LedgerRow.installment((String) row[0], (Integer) row[1], (LocalDate) row[2],
                        (BigDecimal) row[3], (Installment.Status) row[4], (LocalDate) row[5], (String) row[6],
                        (Integer) row[7], (ReportOutcome) row[8], today));
    }

    /** The recovery claims (återkrav) of the calls' grants; few, so read at once. */
    public List<LedgerRow> claims(Collection<Long> callIds) {
        return em.createQuery("""
                select a.number, c.createdAt, c.amount, c.status, c.recoveredOn, c.reference
                from RecoveryClaim c join c.application a where a.call.id in :calls order by a.number""", Object[].class)
                .setParameter("calls", callIds).getResultList().stream()
                .map(row -> LedgerRow.claim((String) row[0], ((Instant) row[1]).atZone(Clocks.STOCKHOLM).toLocalDate(),
                        (BigDecimal) row[2], (RecoveryClaim.Status) row[3], (LocalDate) row[4], (String) row[5]))
                .toList();
    }
}
