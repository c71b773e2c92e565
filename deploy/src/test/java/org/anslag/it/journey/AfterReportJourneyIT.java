package org.anslag.it.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.anslag.call.FundingCall;
import org.anslag.followup.FollowUps;
import org.anslag.followup.ReportContent;
import org.anslag.it.learning.AfterReportTimers;
import org.anslag.it.support.Scenarios;
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
 * The after-report in Chromium: a project closed inside the server reaches its 12 months (the
 * timer run now); anna finds the round on her task list and answers it with the keyboard alone (a
 * municipality it does not know is named and what she typed stays), in Swedish then English; maria
 * sees the answer on the learning overview. Every page is checked with axe in both languages.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
public class AfterReportJourneyIT {

    private static final String EFFECTS = "Idéslussen används nu i tre kommuner.";
    private static Browser browser;
    private static String number;

    /** Inside the server: a project with one period, its reports approved and closed, 12 months on. */
    @Test
    @Order(1)
    public void aProjectClosedTwelveMonthsAgoIsAskedForItsAfterReport() {
        Scenarios given = new Scenarios();
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Stockholm"));
        FundingCall call = given.reportingOn(given.openCall("5000000", "lars"), today.plusMonths(6));
        String closed = given.followedUp(given.completeDraft(call, "500000"), "lars");
        FollowUps followUps = Scenarios.ejb(FollowUps.class);
        followUps.submit(given.anna, closed, new ReportContent("Perioden är klar.", Map.of(), List.of()));
        followUps.assess(Scenarios.evaluator("lars"), closed, 6, "Godkänd.");
        given.closeWithFinalReport(closed, "lars", "500000");
        AfterReportTimers.fire(given, closed, "Timer_12Months");
    }

    @Test
    @Order(2)
    @RunAsClient
    public void annaAnswersWithTheKeyboardAndASlipKeepsWhatSheTyped() throws Exception {
        browser = Browser.onTheApplication("after-report", "after-report-" + System.currentTimeMillis());
        browser.signIn("anna");
        browser.open("workflow/tasks.xhtml");
        // the newest round, first in the list, is this journey's
        browser.tabTo(By.xpath("(//a[contains(@href, 'answer-after-report')])[1]"), 120);
        browser.pressAndWaitForPage(Keys.ENTER);
        number = browser.text("number");
        assertThat(browser.find(By.tagName("h1")).getText()).startsWith("Efterrapport 12 månader");
        browser.screenshot("anna-asked");

        browser.tabTo("answer:adoptedIn");
        browser.press("Ånge", Keys.ENTER, "Xyzby");
        browser.tabTo("answer:effects");
        browser.press(EFFECTS);
        browser.tabTo("answer:submit");
        browser.pressAndWaitForPage(Keys.ENTER);
        assertThat(browser.find(By.tagName("body")).getText())
                .contains("Infört i kommuner: vi känner inte igen ”Xyzby”");
        assertThat(browser.value("answer:adoptedIn")).isEqualTo("Ånge\nXyzby");
        assertThat(browser.value("answer:effects")).isEqualTo(EFFECTS);
        browser.screenshot("anna-slip");

        // the language changes on a fresh form: answered again, in English
        browser.click("session-form:lang-en");
        assertThat(browser.find(By.tagName("h1")).getText()).startsWith("After-report 12 months");
        browser.tabTo("answer:stillInUse:0");
        browser.press(Keys.SPACE, Keys.ARROW_DOWN);
        assertThat(browser.find(By.id("answer:stillInUse:1")).isSelected()).as("the arrow chose Partly").isTrue();
        browser.tabTo("answer:adoptedIn");
        browser.press("Ånge", Keys.ENTER, "2580");
        browser.tabTo("answer:effects");
        browser.press(EFFECTS);
        browser.tabTo("answer:submit");
        browser.pressAndWaitForPage(Keys.ENTER);
        assertThat(browser.find(By.tagName("body")).getText()).contains("Thank you! The after-report of " + number + " is sent.");
        assertThat(browser.allNow(By.xpath("//a[contains(@href, 'number=" + number + "') and contains(@href, 'answer-after-report')]")))
                .as("the round left the task list").isEmpty();
        browser.screenshot("anna-answered");
    }

    @Test
    @Order(3)
    @RunAsClient
    public void mariaSeesTheAnswerOnTheOverview() {
        browser.signIn("maria");
        browser.open("learning/after-reports.xhtml");
        String row = browser.find(By.xpath("//table[@id='after-reports']//tr[th[contains(., '" + number + "')]]")).getText();
        assertThat(row).contains("Sundsvall", "12", "Besvarad", "Delvis", "Ånge", "Luleå", EFFECTS);
        browser.screenshot("maria-overview");
        browser.click("session-form:lang-en");
        row = browser.find(By.xpath("//table[@id='after-reports']//tr[th[contains(., '" + number + "')]]")).getText();
        assertThat(row).contains("Answered", "Partly");
        browser.tabTo("programme");
        assertThat(browser.find(By.linkText("Download (.csv)")).getAttribute("href")).contains("/api/learning/figures/after-reports.csv");
    }

    @AfterAll
    public static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }
}
