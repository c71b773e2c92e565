package org.anslag.finance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.anslag.award.Installment;
import org.anslag.award.RecoveryClaim;
import org.anslag.followup.ReportOutcome;
import org.junit.jupiter.api.Test;

/** Where an installment's money stands: planned, released, paid, or withheld and why. */
class LedgerRowTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final BigDecimal AMOUNT = new BigDecimal("250000");

    @Test
    void aPaidInstallmentIsPlannedReleasedAndPaidWithItsDateAndReference() {
        LedgerRow row = row(Installment.Status.PAID, TODAY.minusDays(40), ReportOutcome.APPROVED);

        assertThat(row.standing()).isEqualTo(LedgerRow.Standing.PAID);
        assertThat(row.planned()).isEqualTo(AMOUNT);
        assertThat(row.released()).isEqualTo(AMOUNT);
        assertThat(row.paid()).isEqualTo(AMOUNT);
        assertThat(row.withheld()).isNull();
    }

    @Test
    void aReleasedInstallmentIsNotPaidYet() {
        LedgerRow row = row(Installment.Status.RELEASED, TODAY.minusDays(1), ReportOutcome.APPROVED);

        assertThat(row.standing()).isEqualTo(LedgerRow.Standing.RELEASED);
        assertThat(row.released()).isEqualTo(AMOUNT);
        assertThat(row.paid()).isNull();
    }

    @Test
    void anInstallmentWhoseReportWasSentBackIsWithheld() {
        LedgerRow row = row(Installment.Status.PLANNED, TODAY.plusDays(10), ReportOutcome.SENT_BACK);

        assertThat(row.standing()).isEqualTo(LedgerRow.Standing.HELD_SENT_BACK);
        assertThat(row.withheld()).isEqualTo(AMOUNT);
        assertThat(row.released()).isNull();
    }

    @Test
    void anInstallmentPastItsDayWithoutAnApprovedReportIsWithheldAsOverdue() {
        assertThat(row(Installment.Status.PLANNED, TODAY.minusDays(1), null).standing())
                .isEqualTo(LedgerRow.Standing.HELD_OVERDUE);
        assertThat(row(Installment.Status.PLANNED, TODAY, null).standing()).as("due today is not late yet")
                .isEqualTo(LedgerRow.Standing.PLANNED);
        assertThat(row(Installment.Status.PLANNED, TODAY.minusDays(1), ReportOutcome.APPROVED).standing())
                .as("approved, waiting for finance").isEqualTo(LedgerRow.Standing.PLANNED);
    }

    @Test
    void aPlannedInstallmentBeforeItsDayIsOnlyPlanned() {
        LedgerRow row = row(Installment.Status.PLANNED, TODAY.plusDays(30), null);

        assertThat(row.standing()).isEqualTo(LedgerRow.Standing.PLANNED);
        assertThat(row.planned()).isEqualTo(AMOUNT);
        assertThat(row.withheld()).isNull();
    }

    @Test
    void aRecoveryClaimIsClaimedAndOnceRepaidRecovered() {
        LedgerRow open = LedgerRow.claim("IH-2026-0001", TODAY, new BigDecimal("40000"), RecoveryClaim.Status.OPEN, null, null);
        LedgerRow repaid = LedgerRow.claim("IH-2026-0001", TODAY, new BigDecimal("40000"), RecoveryClaim.Status.RECOVERED,
                TODAY.plusDays(5), "BG-9");

        assertThat(open.standing()).isEqualTo(LedgerRow.Standing.CLAIM_OPEN);
        assertThat(open.claimed()).isEqualByComparingTo("40000");
        assertThat(open.recovered()).isNull();
        assertThat(repaid.recovered()).isEqualByComparingTo("40000");
        assertThat(repaid.paidOn()).isEqualTo(TODAY.plusDays(5));
        assertThat(repaid.installment()).isNull();
    }

    private static LedgerRow row(Installment.Status status, LocalDate dueOn, ReportOutcome newestReport) {
        return LedgerRow.installment("IH-2026-0001", 2, dueOn, AMOUNT, status,
                status == Installment.Status.PAID ? TODAY.minusDays(3) : null,
                status == Installment.Status.PAID ? "BG-4711" : null, 1, newestReport, TODAY);
    }
}
