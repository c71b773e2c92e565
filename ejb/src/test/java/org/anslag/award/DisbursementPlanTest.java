package org.anslag.award;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.anslag.application.GrantApplication;
import org.anslag.application.TestApplications;
import org.junit.jupiter.api.Test;

class DisbursementPlanTest {

    private static final LocalDate ACCEPTED_ON = LocalDate.of(2026, 6, 10);
    private final GrantApplication application = TestApplications.completeDraft(new BigDecimal("800000"));

    @Test
    void anAdvanceOnAcceptanceThenOneInstallmentPerReportingPeriodAfterItsReport() {
        List<Installment> plan = DisbursementPlan.of(application, new BigDecimal("750000"), ACCEPTED_ON,
                List.of(LocalDate.of(2026, 12, 31), LocalDate.of(2027, 6, 30)));

        assertThat(plan).extracting(Installment::getNumber).containsExactly(1, 2, 3);
        assertThat(plan).extracting(Installment::getAmount).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("250000"), new BigDecimal("250000"), new BigDecimal("250000"));
        assertThat(plan).extracting(Installment::getDueOn)
                .containsExactly(ACCEPTED_ON, LocalDate.of(2027, 1, 30), LocalDate.of(2027, 7, 30));
        assertThat(plan).extracting(Installment::getAwaitsReport).containsExactly(null, 1, 2);
        assertThat(plan).allSatisfy(installment -> assertThat(installment.getStatus()).isEqualTo(Installment.Status.PLANNED));
    }

    @Test
    void roundingLeavesWholeKronorAndTheRestGoesToTheLastSoTheSumIsTheGrant() {
        List<Installment> plan = DisbursementPlan.of(application, new BigDecimal("100000.50"), ACCEPTED_ON,
                List.of(LocalDate.of(2026, 12, 31), LocalDate.of(2027, 6, 30)));

        assertThat(plan).extracting(Installment::getAmount).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("33333"), new BigDecimal("33333"), new BigDecimal("33334.50"));
        assertThat(plan.stream().map(Installment::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("100000.50");
    }

    @Test
    void withoutReportingPeriodsTheWholeGrantIsPaidOnAcceptance() {
        List<Installment> plan = DisbursementPlan.of(application, new BigDecimal("400000"), ACCEPTED_ON, List.of());

        assertThat(plan).singleElement().satisfies(installment -> {
            assertThat(installment.getAmount()).isEqualByComparingTo("400000");
            assertThat(installment.getDueOn()).isEqualTo(ACCEPTED_ON);
            assertThat(installment.getAwaitsReport()).isNull();
        });
    }

    @Test
    void aPeriodThatEndedBeforeAcceptanceIsPaidNoEarlierThanTheAcceptance() {
        List<Installment> plan = DisbursementPlan.of(application, new BigDecimal("200000"), ACCEPTED_ON,
                List.of(LocalDate.of(2026, 5, 1)));

        assertThat(plan.get(1).getDueOn()).isEqualTo(ACCEPTED_ON);
        assertThat(plan.get(1).getAwaitsReport()).isEqualTo(1);
    }
}
