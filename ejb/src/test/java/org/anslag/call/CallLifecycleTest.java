package org.anslag.call;

import static org.anslag.shared.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.anslag.organisation.OrganisationKind;
import org.junit.jupiter.api.Test;

/** A call's rules, texts, reporting periods, publishing and copying. */
class CallLifecycleTest {

    private static final CallRules MUNICIPALITIES_AND_REGIONS = new CallRules(
            EnumSet.of(OrganisationKind.MUNICIPALITY, OrganisationKind.REGION), 1, 4, new BigDecimal("25"), 30);

    @Test
    void aNewCallIsADraftForMunicipalitiesWithAtLeastOnePartner() {
        FundingCall call = TestCalls.ideaHubCall();

        assertThat(call.getStatus()).isEqualTo(CallStatus.DRAFT);
        assertThat(call.getStatus().isPublic()).isFalse();
        assertThat(call.getRules()).isEqualTo(CallRules.municipalitiesWithPartner());
        assertThat(call.isEligible(OrganisationKind.COMPANY)).isFalse();
    }

    @Test
    void rulesAreCheckedFieldByField() {
        assertRefused(() -> new CallRules(EnumSet.noneOf(OrganisationKind.class), 1, 2, BigDecimal.ZERO, 0),
                "eligibleKinds", "call.noEligibleKind");
        assertRefused(() -> new CallRules(EnumSet.of(OrganisationKind.MUNICIPALITY), 3, 2, BigDecimal.ZERO, 0),
                "maxPartners", "call.maxPartnersBelowMin");
        assertRefused(() -> new CallRules(EnumSet.of(OrganisationKind.MUNICIPALITY), 0, 2, new BigDecimal("100"), 0),
                "minCoFundingShare", "call.coFundingShareRange");
        assertRefused(() -> new CallRules(EnumSet.of(OrganisationKind.MUNICIPALITY), 0, 2, BigDecimal.ZERO, -1),
                "graceMinutes", "call.graceRange");
    }

    @Test
    void theGracePeriodMovesTheLastMomentForSubmissionsButNotThePublishedDeadline() {
        FundingCall call = TestCalls.ideaHubCall();
        call.adopt(MUNICIPALITIES_AND_REGIONS);

        assertThat(call.getClosesAt()).isEqualTo(TestCalls.CLOSES_AT);
        assertThat(call.submissionsCloseAt()).isEqualTo(TestCalls.CLOSES_AT.plus(Duration.ofMinutes(30)));
    }

    @Test
    void rulesAreFixedOncePublishedSoApplicantsAreJudgedByWhatWasAnnounced() {
        FundingCall call = TestCalls.ideaHubCall();
        call.publish();

        assertThat(call.getStatus()).isEqualTo(CallStatus.PUBLISHED);
        assertRefused(() -> call.adopt(MUNICIPALITIES_AND_REGIONS), "eligibleKinds", "call.rulesFixedAfterPublishing");
        assertRefused(call::publish, "status", "call.alreadyPublished");
    }

    @Test
    void englishReadersGetTheEnglishTextsWhenThereAreAny() {
        FundingCall call = TestCalls.ideaHubCall();
        assertThat(call.titleIn(Locale.ENGLISH)).isEqualTo("Idéslussar 2026");

        call.describe(new CallTexts(" Idea hubs 2026 ", "Stöd till idéslussar.", " "));

        assertThat(call.titleIn(Locale.ENGLISH)).isEqualTo("Idea hubs 2026");
        assertThat(call.titleIn(Locale.forLanguageTag("sv"))).isEqualTo("Idéslussar 2026");
        assertThat(call.descriptionIn(Locale.ENGLISH)).isEqualTo("Stöd till idéslussar.");
    }

    @Test
    void reportingPeriodsEndAfterTheDeadlineAndAreKeptInOrder() {
        FundingCall call = TestCalls.ideaHubCall();

        assertRefused(() -> call.planReporting(List.of(LocalDate.of(2026, 4, 1))), "reportingPeriods",
                "call.reportingBeforeClose");
        call.planReporting(List.of(LocalDate.of(2027, 6, 30), LocalDate.of(2026, 12, 31)));

        assertThat(call.getReportingPeriodEnds()).containsExactly(LocalDate.of(2026, 12, 31), LocalDate.of(2027, 6, 30));
    }

    @Test
    void aGrantReportsOncePerPeriodAndOnceWithoutPeriods() {
        FundingCall call = TestCalls.ideaHubCall();
        assertThat(call.reportsRequired()).isEqualTo(1);

        call.planReporting(List.of(LocalDate.of(2026, 12, 31), LocalDate.of(2027, 6, 30)));
        assertThat(call.reportsRequired()).isEqualTo(2);
    }

    @Test
    void aCopyIsANewDraftWithTheSameTermsRulesAndCriteriaOnItsOwnSchedule() {
        FundingCall source = TestCalls.ideaHubCall();
        source.adopt(MUNICIPALITIES_AND_REGIONS);
        source.describe(new CallTexts("Idea hubs 2026", "Beskrivning", "Description"));
        source.publish();

        FundingCall copy = source.copy(TestCalls.OPENS_AT.plus(Duration.ofDays(365)),
                TestCalls.CLOSES_AT.plus(Duration.ofDays(365)), List.of(LocalDate.of(2027, 12, 31)));

        assertThat(copy.getStatus()).isEqualTo(CallStatus.DRAFT);
        assertThat(copy.getCopiedFrom()).isSameAs(source);
        assertThat(copy.getRules()).isEqualTo(MUNICIPALITIES_AND_REGIONS);
        assertThat(copy.getTitleEn()).isEqualTo("Idea hubs 2026");
        assertThat(copy.getCriteria()).extracting(AssessmentCriterion::getName, AssessmentCriterion::getWeight)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Relevans", 60),
                        org.assertj.core.groups.Tuple.tuple("Genomförbarhet", 40));
        assertThat(copy.getClosesAt()).isEqualTo(TestCalls.CLOSES_AT.plus(Duration.ofDays(365)));
        assertThat(copy.getReportingPeriodEnds()).containsExactly(LocalDate.of(2027, 12, 31));
    }
}
