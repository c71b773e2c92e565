package org.anslag.call;

import static org.anslag.call.TestCalls.BUDGET;
import static org.anslag.call.TestCalls.CLOSES_AT;
import static org.anslag.call.TestCalls.MAX_GRANT;
import static org.anslag.call.TestCalls.OPENS_AT;
import static org.anslag.shared.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.anslag.call.CallTerms.Criterion;
import org.anslag.shared.RuleViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CallTermsTest {

    private static final List<Criterion> CRITERIA = List.of(new Criterion("Relevans", 60),
            new Criterion("Genomförbarhet", 40));

    @Test
    void aCallThatClosesBeforeItOpensIsRefused() {
        assertRefused(() -> terms(CLOSES_AT, OPENS_AT, BUDGET, MAX_GRANT, CRITERIA),
                "closesAt", "call.closesBeforeOpens");
    }

    @Test
    void aCallThatClosesTheInstantItOpensIsRefused() {
        assertRefused(() -> terms(OPENS_AT, OPENS_AT, BUDGET, MAX_GRANT, CRITERIA),
                "closesAt", "call.closesBeforeOpens");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "-5000000"})
    void aBudgetThatIsNotPositiveIsRefused(String budget) {
        assertRefused(() -> terms(OPENS_AT, CLOSES_AT, new BigDecimal(budget), MAX_GRANT, CRITERIA),
                "budget", "validation.positiveAmount");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1"})
    void aMaximumGrantThatIsNotPositiveIsRefused(String maxGrant) {
        assertRefused(() -> terms(OPENS_AT, CLOSES_AT, BUDGET, new BigDecimal(maxGrant), CRITERIA),
                "maxGrant", "validation.positiveAmount");
    }

    @Test
    void aMaximumGrantAboveTheBudgetIsRefused() {
        assertRefused(() -> terms(OPENS_AT, CLOSES_AT, new BigDecimal("1000000"), new BigDecimal("1000001"), CRITERIA),
                "maxGrant", "call.maxGrantAboveBudget");
    }

    @Test
    void aMaximumGrantEqualToTheBudgetIsAccepted() {
        CallTerms terms = terms(OPENS_AT, CLOSES_AT, new BigDecimal("1000000"), new BigDecimal("1000000"), CRITERIA);

        assertThat(terms.maxGrant()).isEqualByComparingTo("1000000");
    }

    @Test
    void aCallWithoutCriteriaIsRefused() {
        assertRefused(() -> terms(OPENS_AT, CLOSES_AT, BUDGET, MAX_GRANT, List.of()), "criteria", "call.noCriteria");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void aCriterionWithoutANameIsRefused(String name) {
        assertRefused(() -> terms(OPENS_AT, CLOSES_AT, BUDGET, MAX_GRANT,
                List.of(new Criterion("Relevans", 60), new Criterion(name, 40))), "criteria", "call.criterionWithoutName");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -10, 101})
    void aCriterionWeightOutsideOneToHundredIsRefusedNamingTheCriterion(int weight) {
        RuleViolation refusal = assertRefused(() -> terms(OPENS_AT, CLOSES_AT, BUDGET, MAX_GRANT,
                List.of(new Criterion("Relevans", 60), new Criterion("Genomförbarhet", weight))),
                "criteria", "call.criterionWeight");

        assertThat(refusal.arguments()).containsExactly("Genomförbarhet");
    }

    @Test
    void criterionWeightsOfOneAndHundredAreAccepted() {
        CallTerms terms = terms(OPENS_AT, CLOSES_AT, BUDGET, MAX_GRANT,
                List.of(new Criterion("Relevans", 100), new Criterion("Hållbarhet", 1)));

        assertThat(terms.criteria()).extracting(Criterion::weight).containsExactly(100, 1);
    }

    @Test
    void aCallWithoutTitleIsRefused() {
        assertRefused(() -> new CallTerms(" ", CallType.IDEA_HUB, OPENS_AT, CLOSES_AT, BUDGET, MAX_GRANT, CRITERIA),
                "title", "validation.required");
    }

    @Test
    void aValidCallKeepsItsCriteriaInTheOrderTheyWereEntered() {
        List<Criterion> entered = List.of(new Criterion("Relevans", 40), new Criterion("Genomförbarhet", 30),
                new Criterion("Spridning", 30));

        FundingCall call = new FundingCall(TestCalls.programme(), terms(OPENS_AT, CLOSES_AT, BUDGET, MAX_GRANT, entered));

        assertThat(call.getCriteria()).extracting(AssessmentCriterion::getName)
                .containsExactly("Relevans", "Genomförbarhet", "Spridning");
        assertThat(call.getCriteria()).extracting(AssessmentCriterion::getPosition).containsExactly(0, 1, 2);
        assertThat(call.getCriteria()).extracting(AssessmentCriterion::getWeight).containsExactly(40, 30, 30);
    }

    @Test
    void criterionNamesAndTheTitleAreSavedWithoutSurroundingSpaces() {
        CallTerms terms = new CallTerms("  Idéslussar 2026 ", CallType.IDEA_HUB, OPENS_AT, CLOSES_AT, BUDGET, MAX_GRANT,
                List.of(new Criterion(" Relevans ", 100)));

        FundingCall call = new FundingCall(TestCalls.programme(), terms);

        assertThat(call.getTitle()).isEqualTo("Idéslussar 2026");
        assertThat(call.getCriteria()).extracting(AssessmentCriterion::getName).containsExactly("Relevans");
    }

    @Test
    void aCallBudgetAboveTheProgrammeBudgetIsRefused() {
        Programme programme = TestCalls.programme();
        BigDecimal tooMuch = programme.getBudget().add(BigDecimal.ONE);

        RuleViolation refusal = assertRefused(() -> new FundingCall(programme,
                terms(OPENS_AT, CLOSES_AT, tooMuch, MAX_GRANT, CRITERIA)), "budget", "call.budgetAboveProgramme");

        assertThat(refusal.arguments()).containsExactly(programme.getBudget());
    }

    @Test
    void aCallMayUseTheWholeProgrammeBudget() {
        Programme programme = TestCalls.programme();

        FundingCall call = new FundingCall(programme, terms(OPENS_AT, CLOSES_AT, programme.getBudget(), MAX_GRANT, CRITERIA));

        assertThat(call.getBudget()).isEqualByComparingTo(programme.getBudget());
    }

    @Test
    void aCallIsOpenFromTheOpeningInstantUntilJustBeforeTheClosingInstant() {
        FundingCall call = new FundingCall(TestCalls.programme(), terms(OPENS_AT, CLOSES_AT, BUDGET, MAX_GRANT, CRITERIA));

        assertThat(call.isOpenAt(OPENS_AT.minusNanos(1))).as("just before opening").isFalse();
        assertThat(call.isOpenAt(OPENS_AT)).as("at opening").isTrue();
        assertThat(call.isOpenAt(CLOSES_AT.minusNanos(1))).as("just before closing").isTrue();
        assertThat(call.isOpenAt(CLOSES_AT)).as("at closing").isFalse();
    }

    @Test
    void aRefusedRescheduleLeavesTheCallAsItWas() {
        FundingCall call = new FundingCall(TestCalls.programme(), terms(OPENS_AT, CLOSES_AT, BUDGET, MAX_GRANT, CRITERIA));
        Instant later = CLOSES_AT.plus(Duration.ofDays(14));

        assertRefused(() -> call.change(OPENS_AT, later, BUDGET, BUDGET.add(BigDecimal.ONE)),
                "maxGrant", "call.maxGrantAboveBudget");

        assertThat(call.getClosesAt()).isEqualTo(CLOSES_AT);
        assertThat(call.getMaxGrant()).isEqualByComparingTo(MAX_GRANT);
    }

    @Test
    void extendingTheDeadlineKeepsTheCallOpenLonger() {
        FundingCall call = new FundingCall(TestCalls.programme(), terms(OPENS_AT, CLOSES_AT, BUDGET, MAX_GRANT, CRITERIA));
        Instant later = CLOSES_AT.plus(Duration.ofDays(14));

        call.change(OPENS_AT, later, BUDGET, MAX_GRANT);

        assertThat(call.isOpenAt(CLOSES_AT)).isTrue();
        assertThat(call.getClosesAt()).isEqualTo(later);
    }

    private static CallTerms terms(Instant opensAt, Instant closesAt, BigDecimal budget, BigDecimal maxGrant,
                                   List<Criterion> criteria) {
        return new CallTerms("Idéslussar 2026", CallType.IDEA_HUB, opensAt, closesAt, budget, maxGrant, criteria);
    }
}
