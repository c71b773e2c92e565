package org.anslag.it.journey;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
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
 * The coverage of the municipalities in Chromium (see {@link CoverageJourney}): a funded test-bed
 * project of Sundsvall with Timrå is made inside the server, then maria reads the coverage page
 * with the keyboard in Swedish and English and downloads a figure, and the public reads the
 * public coverage page and the project's adoption suggestions. axe checks every page in both languages.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
public class CoverageJourneyIT {

    static final String CALL_PREFIX = "Kartresa ";

    private static CoverageJourney journey;

    @Test
    @Order(1)
    public void sundsvallAndTimraAreFundedForATestBed() {
        Scenarios given = new Scenarios();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        var programme = given.calls.createProgramme(given.maria, "Testbäddar " + now.toEpochMilli(), new BigDecimal("10000000"),
                LocalDate.now().minusDays(1), LocalDate.now().plusYears(2), "Program för testbäddar");
        given.pool.add(given.maria, programme.getId(), "lars", false, null);
        FundingCall call = given.calls.publish(given.maria, given.calls.createCall(given.maria, programme.getId(), new CallTerms(
                CALL_PREFIX + now.toEpochMilli(), CallType.TEST_BED, now.minus(1, ChronoUnit.HOURS),
                now.plus(30, ChronoUnit.DAYS), new BigDecimal("5000000"), new BigDecimal("1000000"),
                List.of(new CallTerms.Criterion("Nytta", 50), new CallTerms.Criterion("Genomförbarhet", 50)))).getId());
        given.followedUp(given.completeDraft(call, "400000"), "lars");
    }

    @Test
    @Order(2)
    @RunAsClient
    public void mariaReadsTheCoverageWithTheKeyboardAndDownloadsTheCountyFigure() throws Exception {
        journey = new CoverageJourney();
        journey.mariaOpensLearningWithTheKeyboard();
        journey.theMapBesideTheCountyTableShowsSundsvallAndTimra();
        journey.mariaFiltersByCallTypeWithTheKeyboard();
        journey.mariaDownloadsTheCountyFigure();
        journey.theCoveragePageReadsInEnglish();
    }

    @Test
    @Order(3)
    @RunAsClient
    public void thePublicReadsTheCoverageAndTheSuggestionsInBothLanguages() {
        journey.thePublicReadsTheCoverage();
        journey.thePublicReadsTheSuggestionsOfTheProject();
    }

    @AfterAll
    public static void closeBrowser() {
        if (journey != null) {
            journey.close();
        }
    }
}
