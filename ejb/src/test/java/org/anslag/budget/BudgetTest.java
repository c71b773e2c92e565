package org.anslag.budget;

import static org.anslag.shared.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.anslag.application.GrantApplication;
import org.anslag.application.SubmissionChecklist;
import org.anslag.application.TestApplications;
import org.anslag.call.CallRules;
import org.anslag.call.FundingCall;
import org.anslag.call.TestCalls;
import org.anslag.organisation.OrganisationKind;
import org.junit.jupiter.api.Test;

/** Totals, co-funding share and the call's money rules of an application's budget. */
class BudgetTest {

    private static final long SUNDSVALL = 2281L;
    private static final long TIMRA = 2262L;

    private final Budget budget = new Budget(List.of(
            line(SUNDSVALL, 2026, CostCategory.PERSONNEL, "700000", "50000"),
            line(TIMRA, 2027, CostCategory.EXTERNAL_SERVICES, "300000", "150000"),
            line(SUNDSVALL, 2027, CostCategory.TRAVEL, "20000", "0")));

    @Test
    void theGrantIsTheCostTheMunicipalitiesDoNotPayThemselves() {
        assertThat(budget.totalCost()).isEqualByComparingTo("1020000");
        assertThat(budget.totalCoFunding()).isEqualByComparingTo("200000");
        assertThat(budget.grantRequested()).isEqualByComparingTo("820000");
        assertThat(budget.costByOrganisation()).containsEntry(SUNDSVALL, new BigDecimal("720000"))
                .containsEntry(TIMRA, new BigDecimal("300000"));
        assertThat(budget.costByYear()).containsEntry(2026, new BigDecimal("700000"))
                .containsEntry(2027, new BigDecimal("320000"));
    }

    @Test
    void theShareIsAPercentageOfTheCostRoundedHalfUpToTwoDecimals() {
        assertThat(budget.coFundingShare()).isEqualByComparingTo("19.61");
        assertThat(new Budget(List.of(line(SUNDSVALL, 2026, CostCategory.OTHER, "300", "1"))).coFundingShare())
                .isEqualByComparingTo("0.33");
        assertThat(new Budget(List.of()).coFundingShare()).isEqualByComparingTo("0");
    }

    @Test
    void aLineThatCannotBeRightIsRefusedNamingItsRow() {
        Set<Long> organisations = Set.of(SUNDSVALL, TIMRA);
        assertRefused(() -> new Budget(List.of(line(99L, 2026, CostCategory.OTHER, "1", "0")))
                .check(organisations, 2026, 2028), "budget", "budget.organisationNotInApplication");
        assertRefused(() -> new Budget(List.of(line(SUNDSVALL, 2030, CostCategory.OTHER, "1", "0")))
                .check(organisations, 2026, 2028), "budget", "budget.yearOutside");
        assertRefused(() -> new Budget(List.of(line(SUNDSVALL, 2026, CostCategory.OTHER, "-1", "0")))
                .check(organisations, 2026, 2028), "budget", "budget.amount");
        assertRefused(() -> new Budget(List.of(line(SUNDSVALL, 2026, CostCategory.OTHER, "10.50", "0")))
                .check(organisations, 2026, 2028), "budget", "budget.amount");
        var refusal = assertRefused(() -> new Budget(List.of(budget.entries().get(0),
                        line(TIMRA, 2026, CostCategory.OTHER, "100", "101"))).check(organisations, 2026, 2028),
                "budget", "budget.coFundingAboveCost");
        assertThat(refusal.arguments()).containsExactly(2);
        budget.check(organisations, 2026, 2028);
    }

    @Test
    void theChecklistAsksForABudgetAndForTheCallsMoneyRules() {
        FundingCall call = TestCalls.ideaHubCall();
        call.adopt(new CallRules(java.util.EnumSet.of(OrganisationKind.MUNICIPALITY), 1, 5, new BigDecimal("20"), 0));
        GrantApplication draft = TestApplications.completeDraft(call, new BigDecimal("400000"));

        assertThat(BudgetChecklist.itemsFor(draft, new Budget(List.of())))
                .extracting(SubmissionChecklist.Item::page, SubmissionChecklist.Item::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("budget.xhtml", "budget.missing"));
        assertThat(BudgetChecklist.itemsFor(draft, budget)).extracting(SubmissionChecklist.Item::messageKey)
                .containsExactly("budget.grantAboveMax", "budget.coFundingBelowMin");
        Budget withinRules = new Budget(List.of(line(SUNDSVALL, 2026, CostCategory.PERSONNEL, "500000", "100000")));
        assertThat(BudgetChecklist.itemsFor(draft, withinRules)).isEmpty();
    }

    private static BudgetEntry line(long organisation, int year, CostCategory category, String cost, String coFunding) {
        return new BudgetEntry(organisation, year, category, new BigDecimal(cost), new BigDecimal(coFunding));
    }
}
