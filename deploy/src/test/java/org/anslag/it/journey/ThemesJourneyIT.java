package org.anslag.it.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.anslag.it.learning.ThemeScenarios;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * A manager learns from a programme in Chromium, with the keyboard only: filters the hinders by
 * period, drills down to what the projects wrote, opens the indicators and the calibration (each
 * evaluator shows), in Swedish and in English; every page passes axe in both languages. The
 * programme's reports and reviews are made inside the server first ({@link ThemeScenarios}).
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
public class ThemesJourneyIT {

    private static Browser browser;

    @Test
    @Order(1)
    public void aProgrammeHasReportsWithHindersAndReviewsByTwoEvaluators() {
        new ThemeScenarios().programmeWithReports();
    }

    /** The pages open on the newest programme the reader may read: the one just made. */
    @Test
    @Order(2)
    @RunAsClient
    public void theManagerFiltersAndDrillsDownWithTheKeyboard() throws Exception {
        browser = Browser.onTheApplication("themes", "themes");
        browser.signIn("maria");
        browser.open("learning/themes.xhtml");
        assertThat(browser.text("themes-HINDER")).contains("Brist på tid 3 2 1");
        browser.screenshot("themes");

        browser.tabTo("period");
        browser.press("2");
        browser.tabTo("show");
        browser.pressAndWaitForPage(Keys.ENTER);
        assertThat(browser.currentUrl()).contains("period=2");
        assertThat(browser.text("themes-HINDER")).contains("Brist på tid 1 1");

        browser.tabTo(By.linkText("Brist på tid"), 80);
        browser.pressAndWaitForPage(Keys.ENTER);
        assertThat(browser.text("excerpts")).contains("Sommaren kom emellan.").doesNotContain("Förvaltningarna hann inte.",
                "Annat program.");
        browser.screenshot("drill-down");
    }

    @Test
    @Order(3)
    @RunAsClient
    public void theManagerOpensIndicatorsAndCalibrationAndSeesEachEvaluator() {
        browser.tabTo("learning-indicators");
        browser.pressAndWaitForPage(Keys.ENTER);
        assertThat(browser.heading()).isEqualTo("Indikatorer mot mål");
        assertThat(browser.pageText()).contains("Besök (antal)", "12", "60 %");
        browser.screenshot("indicators");

        browser.tabTo("learning-calibration");
        browser.pressAndWaitForPage(Keys.ENTER);
        assertThat(browser.heading()).isEqualTo("Bedömarkalibrering");
        assertThat(browser.text("calibration")).contains("lars", "karin", "Systematiskt hög", "Systematiskt låg");
        browser.screenshot("calibration");
    }

    @Test
    @Order(4)
    @RunAsClient
    public void theSamePagesInEnglishPassAxeToo() {
        browser.click("session-form:lang-en");
        for (String page : List.of("learning/themes.xhtml", "learning/indicators.xhtml", "learning/calibration.xhtml")) {
            browser.open(page);
            assertThat(browser.find(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        }
        assertThat(browser.text("calibration")).contains("Systematically high", "Systematically low");
        browser.open("learning/themes.xhtml?period=two");
        assertThat(browser.pageText()).contains("The selection could not be used", "The reporting period must be a whole number");
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }
}
