package org.anslag.award;

import static org.anslag.shared.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import org.anslag.application.GrantApplication;
import org.anslag.application.TestApplications;
import org.anslag.call.TestCalls;
import org.anslag.shared.RuleViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FundingDecisionTest {

    private static final BigDecimal REQUESTED = new BigDecimal("400000");
    private static final BigDecimal PLENTY_LEFT = new BigDecimal("5000000");
    private static final Instant DECIDED_AT = TestCalls.stockholm(2026, 5, 20, 14, 0);
    private static final Instant EXPIRES_AT = DECIDED_AT.plus(Duration.ofDays(30));

    private final GrantApplication application = TestApplications.completeDraft(REQUESTED);

    @Test
    void grantingMoreThanWasRequestedIsRefused() {
        RuleViolation refusal = assertRefused(() -> grant(new BigDecimal("400001"), PLENTY_LEFT),
                "grantedAmount", "decision.aboveRequest");

        assertThat(refusal.arguments()).containsExactly(REQUESTED);
    }

    @Test
    void grantingMoreThanIsLeftOfTheBudgetIsRefused() {
        BigDecimal left = new BigDecimal("250000");

        RuleViolation refusal = assertRefused(() -> grant(new BigDecimal("250001"), left),
                "grantedAmount", "decision.aboveRemainingBudget");

        assertThat(refusal.arguments()).containsExactly(left);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1"})
    void grantingNothingOrANegativeAmountIsRefused(String amount) {
        assertRefused(() -> grant(new BigDecimal(amount), PLENTY_LEFT), "grantedAmount", "validation.positiveAmount");
    }

    @Test
    void grantingWithoutAnAmountIsRefused() {
        assertRefused(() -> grant(null, PLENTY_LEFT), "grantedAmount", "validation.positiveAmount");
    }

    @Test
    void grantingExactlyWhatWasRequestedIsAllowed() {
        FundingDecision decision = grant(REQUESTED, PLENTY_LEFT);

        assertThat(decision.isGranted()).isTrue();
        assertThat(decision.getGrantedAmount()).isEqualByComparingTo("400000");
        assertThat(decision.getDecidedBy()).isEqualTo("per.manager");
        assertThat(decision.getDecidedAt()).isEqualTo(DECIDED_AT);
    }

    @Test
    void grantingExactlyWhatIsLeftOfTheBudgetIsAllowed() {
        BigDecimal left = new BigDecimal("250000");

        FundingDecision decision = grant(left, left);

        assertThat(decision.getGrantedAmount()).isEqualByComparingTo("250000");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void aRejectionWithoutJustificationIsRefused(String justification) {
        assertRefused(() -> FundingDecision.reject(application, justification, "per.manager", DECIDED_AT),
                "justification", "decision.justificationRequired");
    }

    @Test
    void aRejectionGrantsNothingAndKeepsItsJustification() {
        FundingDecision decision = FundingDecision.reject(application, "  Svag koppling till utlysningens mål. ",
                "per.manager", DECIDED_AT);

        assertThat(decision.isGranted()).isFalse();
        assertThat(decision.getGrantedAmount()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(decision.getJustification()).isEqualTo("Svag koppling till utlysningens mål.");
    }

    @Test
    void acceptingTheAgreementInTimeRecordsWhoAcceptedAndWhen() {
        GrantAgreement agreement = new GrantAgreement(application, EXPIRES_AT);
        Instant now = EXPIRES_AT.minusSeconds(1);

        agreement.accept("anna.coordinator", now);

        assertThat(agreement.getStatus()).isEqualTo(AgreementStatus.ACCEPTED);
        assertThat(agreement.getAcceptedBy()).isEqualTo("anna.coordinator");
        assertThat(agreement.getAcceptedAt()).isEqualTo(now);
    }

    @Test
    void acceptingTheAgreementWhenItHasExpiredIsRefused() {
        GrantAgreement agreement = new GrantAgreement(application, EXPIRES_AT);

        RuleViolation refusal = assertRefused(() -> agreement.accept("anna.coordinator", EXPIRES_AT),
                "accept", "agreement.expired");

        assertThat(refusal.arguments()).containsExactly(EXPIRES_AT);
        assertThat(agreement.getStatus()).isEqualTo(AgreementStatus.PENDING);
        assertThat(agreement.getAcceptedBy()).isNull();
    }

    @Test
    void acceptingTheAgreementTwiceIsRefused() {
        GrantAgreement agreement = new GrantAgreement(application, EXPIRES_AT);
        Instant firstTime = DECIDED_AT.plus(Duration.ofDays(2));
        agreement.accept("anna.coordinator", firstTime);

        assertRefused(() -> agreement.accept("olle.coordinator", firstTime.plusSeconds(60)),
                "accept", "agreement.notPending");

        assertThat(agreement.getAcceptedBy()).isEqualTo("anna.coordinator");
        assertThat(agreement.getAcceptedAt()).isEqualTo(firstTime);
    }

    @Test
    void aLateLapseDoesNotUndoAnAcceptedAgreement() {
        GrantAgreement agreement = new GrantAgreement(application, EXPIRES_AT);
        agreement.accept("anna.coordinator", DECIDED_AT.plus(Duration.ofDays(2)));

        boolean lapsed = agreement.lapse();

        assertThat(lapsed).isFalse();
        assertThat(agreement.getStatus()).isEqualTo(AgreementStatus.ACCEPTED);
    }

    @Test
    void anAgreementNobodyAcceptedLapses() {
        GrantAgreement agreement = new GrantAgreement(application, EXPIRES_AT);

        boolean lapsed = agreement.lapse();

        assertThat(lapsed).isTrue();
        assertThat(agreement.getStatus()).isEqualTo(AgreementStatus.LAPSED);
    }

    @Test
    void aLapsedAgreementCanNoLongerBeAccepted() {
        GrantAgreement agreement = new GrantAgreement(application, EXPIRES_AT);
        agreement.lapse();

        assertRefused(() -> agreement.accept("anna.coordinator", DECIDED_AT.plus(Duration.ofDays(1))),
                "accept", "agreement.notPending");

        assertThat(agreement.getStatus()).isEqualTo(AgreementStatus.LAPSED);
    }

    @Test
    void onlyGrantsAboveTheCallsFourEyesLimitNeedASecondManager() {
        var call = TestCalls.ideaHubCall();
        assertThat(call.needsSecondApproval(new BigDecimal("900000"))).as("no limit set").isFalse();

        call.requireSecondApprovalAbove(new BigDecimal("500000"));
        assertThat(call.needsSecondApproval(new BigDecimal("500000"))).as("the limit itself").isFalse();
        assertThat(call.needsSecondApproval(new BigDecimal("500001"))).isTrue();
        assertRefused(() -> call.requireSecondApprovalAbove(new BigDecimal("-1")), "fourEyesAbove", "validation.positiveAmount");
    }

    @Test
    void aGrantAwaitingApprovalIsApprovedByAnotherManagerOnce() {
        FundingDecision decision = grant(REQUESTED, PLENTY_LEFT);
        assertRefused(() -> decision.approve("maria", DECIDED_AT), "approval", "approval.notAwaiting");

        decision.awaitApproval("en");
        assertThat(decision.isAwaitingApproval()).isTrue();
        assertRefused(() -> decision.approve("per.manager", DECIDED_AT), "approval", "approval.sameManager");

        decision.approve("maria", DECIDED_AT.plusSeconds(60));
        assertThat(decision.isAwaitingApproval()).isFalse();
        assertThat(decision.getApprovedBy()).isEqualTo("maria");
        assertThat(decision.getLetterLanguage()).isEqualTo("en");
        assertRefused(() -> decision.approve("eva", DECIDED_AT.plusSeconds(61)), "approval", "approval.notAwaiting");
    }

    private FundingDecision grant(BigDecimal amount, BigDecimal remainingBudget) {
        return FundingDecision.grant(application, amount, remainingBudget, "Stark ansökan.", "per.manager", DECIDED_AT);
    }
}
