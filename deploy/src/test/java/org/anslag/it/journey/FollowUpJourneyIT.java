package org.anslag.it.journey;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.anslag.call.CallTerms;
import org.anslag.call.CallType;
import org.anslag.call.FundingCall;
import org.anslag.it.support.Scenarios;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 15's "Done when" in Chromium, on the provisioned WildFly on H2 and on PostgreSQL: the
 * granted idea-hub project is made inside the server (the quickest honest route to a grant),
 * then every follow-up step is walked in the browser by the user who does it (see
 * {@link FollowUpJourney}).
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
public class FollowUpJourneyIT {

    static final String CALL_PREFIX = "Uppföljningsresa ";
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Stockholm"));
    static final LocalDate FIRST_END = TODAY.plusDays(40);
    static final LocalDate LAST_END = TODAY.plusMonths(9);

    private static FollowUpJourney journey;

    /**
     * Inside the server: an idea-hub call with two reporting periods whose report windows are both
     * open now; Sundsvall (with Timrå) is granted 600 000 kr and accepts the agreement; lars, its
     * reviewer, assesses its reports; changes above 200 000 kr need a second manager.
     */
    @Test
    @Order(1)
    public void anIdeaHubProjectIsGrantedWithTwoReportingPeriods() {
        Scenarios given = new Scenarios();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        var programme = given.calls.createProgramme(given.maria, "Idéslussar " + now.toEpochMilli(), new BigDecimal("10000000"),
                LocalDate.now().minusDays(1), LocalDate.now().plusYears(2), "Program för idéslussar");
        given.pool.add(given.maria, programme.getId(), "lars", false, null);
        FundingCall call = given.calls.publish(given.maria, given.calls.createCall(given.maria, programme.getId(), new CallTerms(
                CALL_PREFIX + now.toEpochMilli(), CallType.IDEA_HUB, now.minus(1, ChronoUnit.HOURS),
                now.plus(30, ChronoUnit.DAYS), new BigDecimal("5000000"), new BigDecimal("1000000"),
                List.of(new CallTerms.Criterion("Nytta", 50), new CallTerms.Criterion("Genomförbarhet", 50)))).getId());
        given.reportingOn(call, FIRST_END, LAST_END);
        given.reportsOpenAtOnce(call);
        given.followedUp(given.completeDraft(call, "600000"), "lars");
        // set after the grant, which would otherwise wait for a second manager itself
        given.calls.planReview(given.maria, call.getId(), 1, 14, new BigDecimal("200000"));
    }

    @Test
    @Order(2)
    @RunAsClient
    public void annaReportsTheFirstPeriod() throws Exception {
        journey = new FollowUpJourney();
        journey.annaReportsTheFirstPeriod();
    }

    @Test
    @Order(3)
    @RunAsClient
    public void larsSendsItBackAnnaRevisesAndLarsApproves() {
        journey.larsSendsTheFirstReportBack();
        journey.annaRevisesTheReportSentBack();
        journey.larsApprovesTheRevision();
    }

    @Test
    @Order(4)
    @RunAsClient
    public void fatimaReleasesAndPaysTheFirstPeriodsInstallmentAndTheAdvance() {
        journey.fatimaReleasesAndPays(2);
        journey.fatimaPaysTheAdvance();
    }

    @Test
    @Order(5)
    @RunAsClient
    public void annaAsksForAnExtensionAndAReallocationAndManagersApproveBoth() {
        journey.annaAsksForAnExtensionAndAReallocation();
        journey.managersApproveBothChanges();
        journey.theApplicationShowsTheChangesAndTheMovedEnd();
    }

    @Test
    @Order(6)
    @RunAsClient
    public void annaReportsTheSecondPeriodLarsApprovesFatimaPays() {
        journey.annaReportsTheSecondPeriod();
        journey.larsApprovesTheSecondReport();
        journey.fatimaReleasesAndPays(3);
    }

    @Test
    @Order(7)
    @RunAsClient
    public void theFinalReportWithAnUnderspendEndsInARecoveryClaimThatIsRepaid() {
        journey.annaSendsTheFinalReport();
        journey.larsApprovesTheFinalReport();
        journey.fatimaSeesTheRecoveryClaimAndRecordsItsRepayment();
    }

    @Test
    @Order(8)
    @RunAsClient
    public void fatimaDownloadsTheCallsWorkbookAndItReadsBack() throws Exception {
        journey.fatimaDownloadsTheWorkbookOfTheCall();
    }

    @AfterAll
    public static void closeBrowser() {
        if (journey != null) {
            journey.close();
        }
    }
}
