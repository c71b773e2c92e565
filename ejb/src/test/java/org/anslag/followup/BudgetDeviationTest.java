package org.anslag.followup;

import static org.anslag.shared.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.anslag.budget.CostCategory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BudgetDeviationTest {

    private static final CostHeading PERSONNEL = new CostHeading(7L, CostCategory.PERSONNEL);

    @Test
    void theExpectationIsTheApprovedTotalProRataOfThePeriodsPassed() {
        BudgetDeviation afterOneOfFour = BudgetDeviation.of(new BigDecimal("400000"), new BigDecimal("100000"), 1, 4);
        BudgetDeviation afterThreeOfFour = BudgetDeviation.of(new BigDecimal("400000"), new BigDecimal("100000"), 3, 4);

        assertThat(afterOneOfFour.expected()).isEqualByComparingTo("100000");
        assertThat(afterOneOfFour.percent()).isEqualByComparingTo("0");
        assertThat(afterThreeOfFour.expected()).isEqualByComparingTo("300000");
        assertThat(afterThreeOfFour.percent()).isEqualByComparingTo("-66.7");
    }

    @ParameterizedTest(name = "{1} kr spent of 100 000 expected: explanation needed {2}")
    @CsvSource({
            "100000, 110000, false",
            "100000, 110001, true",
            "100000, 90000, false",
            "100000, 89999, true",
            "100000, 0, true",
            "0, 0, false",
            "0, 1, true"})
    void deviationsAboveTenPerCentEitherWayNeedAnExplanation(String approved, String spent, boolean needed) {
        assertThat(BudgetDeviation.of(new BigDecimal(approved), new BigDecimal(spent), 1, 1).needsExplanation()).isEqualTo(needed);
    }

    @Test
    void spendingWhereNothingWasBudgetedHasNoPercentage() {
        assertThat(BudgetDeviation.of(BigDecimal.ZERO, new BigDecimal("5000"), 1, 2).percent()).isNull();
    }

    @Test
    void aReportBeyondThePlannedPeriodsExpectsTheWholeBudget() {
        assertThat(BudgetDeviation.of(new BigDecimal("300000"), new BigDecimal("300000"), 4, 3).expected()).isEqualByComparingTo("300000");
    }

    @Test
    void theEarlierPeriodsCountTowardsTheSpendingToDate() {
        SpendingBasis secondOfTwo = new SpendingBasis(PERSONNEL, "Timrå kommun", new BigDecimal("200000"), new BigDecimal("60000"), 2, 2);

        assertThat(secondOfTwo.deviation(new BigDecimal("140000")).percent()).isEqualByComparingTo("0");
        assertThat(secondOfTwo.deviation(new BigDecimal("110000")).needsExplanation()).isTrue();
    }

    @Test
    void aLineFarFromTheBudgetIsRefusedWithoutAnExplanationNamingTheLine() {
        SpendingBasis basis = new SpendingBasis(PERSONNEL, "Timrå kommun", new BigDecimal("100000"), BigDecimal.ZERO, 1, 1);

        assertRefused(() -> basis.check(new SpendingEntry(7L, CostCategory.PERSONNEL, new BigDecimal("50000"), "  ")),
                "explanation", "spending.explanationNeeded");
        basis.check(new SpendingEntry(7L, CostCategory.PERSONNEL, new BigDecimal("50000"), "Rekryteringen blev försenad."));
        basis.check(new SpendingEntry(7L, CostCategory.PERSONNEL, new BigDecimal("95000"), null));
    }

    @Test
    void aMissingNegativeOrFractionalAmountIsRefused() {
        SpendingBasis basis = new SpendingBasis(PERSONNEL, "Timrå kommun", new BigDecimal("100000"), BigDecimal.ZERO, 1, 1);

        assertRefused(() -> basis.check(new SpendingEntry(7L, CostCategory.PERSONNEL, null, null)), "amount", "spending.missing");
        assertRefused(() -> basis.check(new SpendingEntry(7L, CostCategory.PERSONNEL, new BigDecimal("-1"), "x")),
                "amount", "spending.badAmount");
        assertRefused(() -> basis.check(new SpendingEntry(7L, CostCategory.PERSONNEL, new BigDecimal("100000.50"), null)),
                "amount", "spending.badAmount");
    }

    @Test
    void anExplanationLongerThanTheColumnIsRefused() {
        SpendingBasis basis = new SpendingBasis(PERSONNEL, "Timrå kommun", new BigDecimal("100000"), BigDecimal.ZERO, 1, 1);

        assertRefused(() -> basis.check(new SpendingEntry(7L, CostCategory.PERSONNEL, new BigDecimal("1"),
                "x".repeat(SpendingEntry.MAX_EXPLANATION + 1))), "explanation", "spending.explanationTooLong");
    }
}
