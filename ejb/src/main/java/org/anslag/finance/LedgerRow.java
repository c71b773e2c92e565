package org.anslag.finance;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.anslag.award.Installment;
import org.anslag.award.RecoveryClaim;
import org.anslag.followup.ReportOutcome;

/**
 * One line of the payment ledger: an installment of a grant with what of it is planned, released,
 * paid or withheld; or a recovery claim (återkrav) with what was claimed and recovered.
 */
public record LedgerRow(String applicationNumber, Integer installment, LocalDate dueOn, Standing standing,
                        BigDecimal planned, BigDecimal released, BigDecimal paid, LocalDate paidOn, String reference,
                        BigDecimal withheld, BigDecimal claimed, BigDecimal recovered) {

    /** Where the money of the line stands; the ledger names it in the reader's language. */
    public enum Standing {
        PLANNED, RELEASED, PAID, HELD_SENT_BACK, HELD_OVERDUE, CANCELLED, CLAIM_OPEN, CLAIM_RECOVERED
    }

    /**
     * An installment is withheld while the report it waits for is sent back for revision, or once
     * the day it was payable from has passed without an approved report (overdue); and for good
     * when the project closed without paying it (any status beyond planned, released and paid).
     */
    public static LedgerRow installment(String number, int installment, LocalDate dueOn, BigDecimal amount,
                                        Installment.Status status, LocalDate paidOn, String reference,
                                        Integer awaitsReport, ReportOutcome newestReport, LocalDate today) {
        Standing standing;
        if (status == Installment.Status.PAID) {
            standing = Standing.PAID;
        } else if (status == Installment.Status.RELEASED) {
            standing = Standing.RELEASED;
        } else if (status != Installment.Status.PLANNED) {
            standing = Standing.CANCELLED;
        } else if (awaitsReport != null && newestReport == ReportOutcome.SENT_BACK) {
            standing = Standing.HELD_SENT_BACK;
        } else if (awaitsReport != null && newestReport != ReportOutcome.APPROVED && dueOn.isBefore(today)) {
            standing = Standing.HELD_OVERDUE;
        } else {
            standing = Standing.PLANNED;
        }
        boolean released = standing == Standing.RELEASED || standing == Standing.PAID;
        boolean withheld = standing == Standing.HELD_SENT_BACK || standing == Standing.HELD_OVERDUE
                || standing == Standing.CANCELLED;
        return new LedgerRow(number, installment, dueOn, standing, amount, released ? amount : null,
                standing == Standing.PAID ? amount : null, paidOn, reference, withheld ? amount : null, null, null);
    }

    /** A recovery claim: claimed when raised, recovered once finance records the repayment. */
    public static LedgerRow claim(String number, LocalDate raisedOn, BigDecimal amount, RecoveryClaim.Status status,
                                  LocalDate recoveredOn, String reference) {
        boolean recovered = status == RecoveryClaim.Status.RECOVERED;
        return new LedgerRow(number, null, raisedOn, recovered ? Standing.CLAIM_RECOVERED : Standing.CLAIM_OPEN,
                null, null, null, recoveredOn, reference, null, amount, recovered ? amount : null);
    }
}
