package org.anslag.application;

import static org.anslag.call.TestCalls.CLOSES_AT;
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
import org.junit.jupiter.api.Test;

/** A partner municipality confirms or declines; the coordinator cannot submit until all have confirmed. */
class PartnerAnswerTest {

    private static final Instant IN_TIME = OPENS_AT.plus(Duration.ofDays(3));

    private final Organisation timra = TestOrganisations.timra();
    private final GrantApplication application = draftWith(TestCalls.ideaHubCall(), timra);

    @Test
    void anUnansweredPartnerIsNamedInTheChecklistAndBlocksSubmission() {
        assertThat(SubmissionChecklist.basics(application))
                .extracting(SubmissionChecklist.Item::field, SubmissionChecklist.Item::messageKey,
                        SubmissionChecklist.Item::arguments)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("partners", "application.partnerNotConfirmed",
                        java.util.List.of("Timrå kommun")));
        assertRefused(() -> application.submit(IN_TIME), "partners", "application.partnerNotConfirmed");
        assertThat(application.getStatus()).isEqualTo(ApplicationStatus.DRAFT);
    }

    @Test
    void aConfirmationRecordsWhoAnsweredAndWhenAndClearsTheChecklist() {
        application.partner(timra.getId()).answer(true, "tomas", IN_TIME, "  Vi är med!  ");

        ApplicationPartner partner = application.getPartners().get(0);
        assertThat(partner.getConfirmation()).isEqualTo(PartnerConfirmation.CONFIRMED);
        assertThat(partner.getAnsweredBy()).isEqualTo("tomas");
        assertThat(partner.getAnsweredAt()).isEqualTo(IN_TIME);
        assertThat(partner.getAnswerComment()).isEqualTo("Vi är med!");
        assertThat(SubmissionChecklist.basics(application)).isEmpty();
    }

    @Test
    void aDeclineNeedsAReasonAndIsShownToTheCoordinatorAsSomethingToFix() {
        ApplicationPartner partner = application.partner(timra.getId());

        assertRefused(() -> partner.answer(false, "tomas", IN_TIME, " "), "comment", "partner.declineNeedsReason");
        assertThat(partner.getConfirmation()).isEqualTo(PartnerConfirmation.PENDING);

        partner.answer(false, "tomas", IN_TIME, "Ingen budget i år");
        assertThat(SubmissionChecklist.basics(application)).extracting(SubmissionChecklist.Item::messageKey)
                .containsExactly("application.partnerDeclined");
    }

    @Test
    void aPartnerAnswersOnceSoASecondColleaguesAnswerIsRefused() {
        ApplicationPartner partner = application.partner(timra.getId());
        partner.answer(true, "tomas", IN_TIME, null);

        assertRefused(() -> partner.answer(false, "tove", IN_TIME, "Nej"), "answer", "partner.alreadyAnswered");
        assertThat(partner.getConfirmation()).isEqualTo(PartnerConfirmation.CONFIRMED);
        assertThat(partner.getAnsweredBy()).isEqualTo("tomas");
    }

    @Test
    void aRequestNobodyAnsweredLapsesButAnAnsweredOneStays() {
        application.partner(timra.getId()).lapse();
        assertThat(application.getPartners().get(0).getConfirmation()).isEqualTo(PartnerConfirmation.LAPSED);

        GrantApplication answered = draftWith(TestCalls.ideaHubCall(), timra);
        answered.partner(timra.getId()).answer(true, "tomas", IN_TIME, null);
        answered.partner(timra.getId()).lapse();
        assertThat(answered.getPartners().get(0).getConfirmation()).isEqualTo(PartnerConfirmation.CONFIRMED);
    }

    @Test
    void theCallsPartnerCountsAreChecked() {
        FundingCall call = TestCalls.ideaHubCall();
        call.adopt(new org.anslag.call.CallRules(java.util.EnumSet.of(org.anslag.organisation.OrganisationKind.MUNICIPALITY),
                2, 2, BigDecimal.ZERO, 0));
        GrantApplication withOne = draftWith(call, timra);
        withOne.partner(timra.getId()).answer(true, "tomas", IN_TIME, null);

        assertRefused(() -> withOne.submit(IN_TIME), "partner", "application.tooFewPartners");
        withOne.addPartner(TestOrganisations.harnosand(), CLOSES_AT);
        assertRefused(() -> withOne.addPartner(TestOrganisations.municipality(99L, "2284", "Örnsköldsviks kommun", null),
                CLOSES_AT), "partner", "application.tooManyPartners");
    }

    @Test
    void aCallWithoutPartnerRequirementTakesAnApplicationWithoutPartners() {
        FundingCall call = TestCalls.ideaHubCall();
        call.adopt(new org.anslag.call.CallRules(java.util.EnumSet.of(org.anslag.organisation.OrganisationKind.MUNICIPALITY),
                0, 3, BigDecimal.ZERO, 0));
        GrantApplication alone = TestApplications.completeDraft(call, new BigDecimal("100000"));
        alone.removePartner(timra.getId());

        alone.submit(IN_TIME);
        assertThat(alone.getStatus()).isEqualTo(ApplicationStatus.SUBMITTED);
    }

    private static GrantApplication draftWith(FundingCall call, Organisation partner) {
        GrantApplication draft = new GrantApplication("IH-2026-0002", call, TestOrganisations.sundsvall(),
                "Idésluss Medelpad", "anna", OPENS_AT);
        draft.edit("Idésluss Medelpad", "Idéer prövas gemensamt.", new BigDecimal("400000"));
        draft.addPartner(partner, CLOSES_AT);
        return draft;
    }
}
