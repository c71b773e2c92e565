package org.anslag.change;

import static org.anslag.shared.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.anslag.budget.Budget;
import org.anslag.budget.BudgetEntry;
import org.anslag.budget.CostCategory;
import org.junit.jupiter.api.Test;

/** A proposed budget against the approved one: moves shown, total grant never higher. */
class ReallocationTest {

    private static final long SUNDSVALL = 2281L;
    private static final long TIMRA = 2262L;

    private final Budget approved = new Budget(List.of(
            line(SUNDSVALL, 2026, CostCategory.PERSONNEL, "500000", "100000"),
            line(TIMRA, 2027, CostCategory.EXTERNAL_SERVICES, "200000", "0")));

    @Test
    void grantMovedBetweenPartnersYearsAndCategoriesIsAccepted() {
        Budget proposed = new Budget(List.of(
                line(SUNDSVALL, 2026, CostCategory.PERSONNEL, "400000", "100000"),
                line(TIMRA, 2027, CostCategory.EXTERNAL_SERVICES, "200000", "0"),
                line(TIMRA, 2026, CostCategory.TRAVEL, "100000", "0")));

        Reallocation reallocation = Reallocation.check(approved, proposed);

        assertThat(reallocation.moves()).extracting(Reallocation.Move::organisationId, Reallocation.Move::year,
                        Reallocation.Move::category, move -> move.grantDelta().intValue())
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(SUNDSVALL, 2026, CostCategory.PERSONNEL, -100000),
                        org.assertj.core.groups.Tuple.tuple(TIMRA, 2026, CostCategory.TRAVEL, 100000));
        assertThat(reallocation.movedAmount()).isEqualByComparingTo("100000");
    }

    @Test
    void aHigherTotalGrantIsRefusedNamingBothFigures() {
        Budget proposed = new Budget(List.of(
                line(SUNDSVALL, 2026, CostCategory.PERSONNEL, "500000", "100000"),
                line(TIMRA, 2027, CostCategory.EXTERNAL_SERVICES, "200001", "0")));

        var refusal = assertRefused(() -> Reallocation.check(approved, proposed), "budget", "change.grantRises");

        assertThat(refusal.arguments()).containsExactly(new BigDecimal("600001"), new BigDecimal("600000"));
    }

    @Test
    void moreOwnCoFundingMayRaiseTheCostWithoutRaisingTheGrant() {
        Budget proposed = new Budget(List.of(
                line(SUNDSVALL, 2026, CostCategory.PERSONNEL, "600000", "200000"),
                line(TIMRA, 2027, CostCategory.EXTERNAL_SERVICES, "200000", "0")));

        Reallocation reallocation = Reallocation.check(approved, proposed);

        assertThat(reallocation.moves()).hasSize(1);
        assertThat(reallocation.movedAmount()).isEqualByComparingTo("0");
    }

    @Test
    void theSameBudgetIsNoChange() {
        Budget same = new Budget(List.of(
                line(TIMRA, 2027, CostCategory.EXTERNAL_SERVICES, "200000.00", "0.00"),
                line(SUNDSVALL, 2026, CostCategory.PERSONNEL, "500000", "100000")));

        assertRefused(() -> Reallocation.check(approved, same), "budget", "change.nothingChanged");
    }

    private static BudgetEntry line(long organisation, int year, CostCategory category, String cost, String coFunding) {
        return new BudgetEntry(organisation, year, category, new BigDecimal(cost), new BigDecimal(coFunding));
    }
}
