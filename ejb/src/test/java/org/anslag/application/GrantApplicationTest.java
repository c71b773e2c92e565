package org.anslag.application;

import static org.anslag.call.TestCalls.CLOSES_AT;
import static org.anslag.call.TestCalls.MAX_GRANT;
import static org.anslag.call.TestCalls.OPENS_AT;
import static org.anslag.shared.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import org.anslag.call.FundingCall;
import org.anslag.call.TestCalls;
import org.anslag.organisation.Organisation;
import org.anslag.organisation.TestOrganisations;
import org.anslag.shared.RuleViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class GrantApplicationTest {

    private static final String SUMMARY = "Medarbetarnas idéer prövas i en gemensam idésluss.";
    private static final BigDecimal REQUESTED = new BigDecimal("400000");
    private static final Instant IN_TIME = TestCalls.stockholm(2026, 4, 10, 11, 30);

    private final FundingCall call = TestCalls.ideaHubCall();
    private final Organisation sundsvall = TestOrganisations.sundsvall();
    private final Organisation timra = TestOrganisations.timra();
    private final Organisation harnosand = TestOrganisations.harnosand();

    @Test
    void submittingAtTheDeadlineIsRefusedAndTheApplicationStaysADraft() {
        GrantApplication application = completeDraft();

        RuleViolation refusal = assertRefused(() -> application.submit(CLOSES_AT), "submit", "application.deadlinePassed");

        assertThat(refusal.arguments()).containsExactly(CLOSES_AT);
        assertThat(application.getStatus()).isEqualTo(ApplicationStatus.DRAFT);
        assertThat(application.getSubmittedAt()).isNull();
    }

    @Test
    void submittingAfterTheDeadlineIsRefused() {
        GrantApplication application = completeDraft();

        assertRefused(() -> application.submit(CLOSES_AT.plus(Duration.ofMinutes(1))),
                "submit", "application.deadlinePassed");

        assertThat(application.getStatus()).isEqualTo(ApplicationStatus.DRAFT);
    }

    @Test
    void submittingJustBeforeTheDeadlineIsAccepted() {
        GrantApplication application = completeDraft();
        Instant lastMoment = CLOSES_AT.minusMillis(1);

        application.submit(lastMoment);

        assertThat(application.getStatus()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(application.getSubmittedAt()).isEqualTo(lastMoment);
    }

    @Test
    void submittingBeforeTheCallOpensIsRefused() {
        GrantApplication application = completeDraft();

        RuleViolation refusal = assertRefused(() -> application.submit(OPENS_AT.minusSeconds(1)),
                "submit", "application.callNotOpen");

        assertThat(refusal.arguments()).containsExactly(OPENS_AT);
        assertThat(application.getStatus()).isEqualTo(ApplicationStatus.DRAFT);
    }

    @Test
    void anApplicationWithoutPartnerCannotBeSubmitted() {
        GrantApplication application = draft();
        application.edit("Idésluss Medelpad", SUMMARY, REQUESTED);

        assertRefused(() -> application.submit(IN_TIME), "partner", "application.noPartner");

        assertThat(application.getStatus()).isEqualTo(ApplicationStatus.DRAFT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  \n "})
    void anApplicationWithoutSummaryCannotBeSubmitted(String summary) {
        GrantApplication application = draft();
        application.edit("Idésluss Medelpad", summary, REQUESTED);
        application.addPartner(timra, TestCalls.CLOSES_AT);

        assertRefused(() -> application.submit(IN_TIME), "summary", "validation.required");
    }

    @Test
    void anApplicationWithoutRequestedAmountCannotBeSubmitted() {
        GrantApplication application = draft();
        application.edit("Idésluss Medelpad", SUMMARY, null);
        application.addPartner(timra, TestCalls.CLOSES_AT);

        assertRefused(() -> application.submit(IN_TIME), "requestedAmount", "validation.required");
    }

    @Test
    void requestingMoreThanTheMaximumGrantIsRefusedAtSubmission() {
        GrantApplication application = completeDraft(MAX_GRANT.add(BigDecimal.ONE));

        RuleViolation refusal = assertRefused(() -> application.submit(IN_TIME),
                "requestedAmount", "application.aboveMaxGrant");

        assertThat(refusal.arguments()).containsExactly(MAX_GRANT);
        assertThat(application.getStatus()).isEqualTo(ApplicationStatus.DRAFT);
    }

    @Test
    void requestingExactlyTheMaximumGrantIsAccepted() {
        GrantApplication application = completeDraft(MAX_GRANT);

        application.submit(IN_TIME);

        assertThat(application.getStatus()).isEqualTo(ApplicationStatus.SUBMITTED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "-400000", "0"})
    void aRequestedAmountThatIsNotPositiveIsRefusedWhenSaving(String amount) {
        GrantApplication application = completeDraft();

        assertRefused(() -> application.edit("Idésluss Medelpad", SUMMARY, new BigDecimal(amount)),
                "requestedAmount", "validation.positiveAmount");

        assertThat(application.getRequestedAmount()).isEqualByComparingTo(REQUESTED);
    }

    @Test
    void savingADraftWithoutTitleIsRefused() {
        GrantApplication application = completeDraft();

        assertRefused(() -> application.edit("  ", SUMMARY, REQUESTED), "title", "validation.required");

        assertThat(application.getTitle()).isEqualTo("Idésluss Medelpad");
    }

    @Test
    void savingADraftStripsSurroundingSpaces() {
        GrantApplication application = draft();

        application.edit("  Idésluss Medelpad ", "  " + SUMMARY + "\n", REQUESTED);

        assertThat(application.getTitle()).isEqualTo("Idésluss Medelpad");
        assertThat(application.getSummary()).isEqualTo(SUMMARY);
    }

    @Test
    void theCoordinatorCannotBeItsOwnPartner() {
        GrantApplication application = draft();

        assertRefused(() -> application.addPartner(TestOrganisations.municipality(sundsvall.getId(), "2281",
                "Sundsvalls kommun", null), TestCalls.CLOSES_AT), "partner", "application.partnerIsCoordinator");

        assertThat(application.getPartners()).isEmpty();
    }

    @Test
    void addingTheSamePartnerTwiceListsItOnce() {
        GrantApplication application = draft();

        application.addPartner(timra, TestCalls.CLOSES_AT);
        application.addPartner(TestOrganisations.timra(), TestCalls.CLOSES_AT);

        assertThat(application.getPartners()).extracting(p -> p.getOrganisation().getCode()).containsExactly("2262");
    }

    @Test
    void aNewPartnerAwaitsConfirmation() {
        GrantApplication application = draft();

        application.addPartner(timra, TestCalls.CLOSES_AT);

        assertThat(application.getPartners()).extracting(ApplicationPartner::getConfirmation)
                .containsExactly(PartnerConfirmation.PENDING);
    }

    @Test
    void removingAPartnerTakesItOffTheList() {
        GrantApplication application = draft();
        application.addPartner(timra, TestCalls.CLOSES_AT);
        application.addPartner(harnosand, TestCalls.CLOSES_AT);

        application.removePartner(timra.getId());

        assertThat(application.getPartners()).extracting(p -> p.getOrganisation().getName())
                .containsExactly("Härnösands kommun");
    }

    @Test
    void aCompleteDraftSubmittedInTimeBecomesSubmittedAtThatInstant() {
        GrantApplication application = completeDraft();

        application.submit(IN_TIME);

        assertThat(application.getStatus()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(application.getSubmittedAt()).isEqualTo(IN_TIME);
    }

    @Test
    void aSubmittedApplicationCanNoLongerBeEdited() {
        GrantApplication application = completeDraft();
        application.submit(IN_TIME);

        assertRefused(() -> application.edit("Ny titel", SUMMARY, REQUESTED), "status", "application.notDraft");
        assertRefused(() -> application.addPartner(harnosand, TestCalls.CLOSES_AT), "status", "application.notDraft");
        assertRefused(() -> application.submit(IN_TIME), "status", "application.notDraft");

        assertThat(application.getTitle()).isEqualTo("Idésluss Medelpad");
        assertThat(application.getPartners()).hasSize(1);
    }

    @ParameterizedTest
    @EnumSource(value = ApplicationStatus.class, names = {"SUBMITTED", "UNDER_REVIEW"})
    void anApplicationAwaitingDecisionCanBeWithdrawn(ApplicationStatus status) {
        GrantApplication application = completeDraft();
        application.submit(IN_TIME);
        application.moveTo(status);

        application.withdraw();

        assertThat(application.getStatus()).isEqualTo(ApplicationStatus.WITHDRAWN);
    }

    @ParameterizedTest
    @EnumSource(value = ApplicationStatus.class, names = {"GRANTED", "REJECTED", "INELIGIBLE", "WITHDRAWN", "CLOSED"})
    void anApplicationCannotBeWithdrawnOnceDecided(ApplicationStatus status) {
        GrantApplication application = completeDraft();
        application.submit(IN_TIME);
        application.moveTo(status);

        assertRefused(application::withdraw, "withdraw", "application.notWithdrawable");

        assertThat(application.getStatus()).isEqualTo(status);
    }

    @Test
    void theApplicationInvolvesItsCoordinatorAndPartnersOnly() {
        GrantApplication application = completeDraft();

        assertThat(application.involves(sundsvall.getId())).as("coordinator").isTrue();
        assertThat(application.involves(timra.getId())).as("partner").isTrue();
        assertThat(application.involves(harnosand.getId())).as("third municipality").isFalse();
        assertThat(application.involves(null)).as("no organisation").isFalse();
    }

    @Test
    void applicationNumbersCountUpPerCallTypeAndYear() {
        ApplicationNumberSequence ideaHubs = new ApplicationNumberSequence(new ApplicationNumberSequence.Key("IH", 2026));
        ApplicationNumberSequence testBeds = new ApplicationNumberSequence(new ApplicationNumberSequence.Key("TB", 2026));

        assertThat(ideaHubs.next()).isEqualTo("IH-2026-0001");
        assertThat(ideaHubs.next()).isEqualTo("IH-2026-0002");
        assertThat(testBeds.next()).isEqualTo("TB-2026-0001");
    }

    @Test
    void registrationNumbersOfTheDiaryCountUpPerYearWithFiveDigits() {
        ApplicationNumberSequence diary = new ApplicationNumberSequence(
                new ApplicationNumberSequence.Key(ApplicationNumberSequence.REGISTRATION, 2026));

        assertThat(diary.next()).isEqualTo("2026-00001");
        assertThat(diary.next()).isEqualTo("2026-00002");
    }

    private GrantApplication draft() {
        return new GrantApplication("IH-2026-0001", call, sundsvall, "Idésluss Medelpad", "anna.coordinator", OPENS_AT);
    }

    private GrantApplication completeDraft() {
        return completeDraft(REQUESTED);
    }

    private GrantApplication completeDraft(BigDecimal requested) {
        GrantApplication application = draft();
        application.edit("Idésluss Medelpad", SUMMARY, requested);
        application.addPartner(timra, TestCalls.CLOSES_AT);
        application.partner(timra.getId()).answer(true, "tomas", OPENS_AT, null);
        return application;
    }
}
