package org.anslag.it.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.anslag.call.FundingCall;
import org.anslag.followup.FollowUps;
import org.anslag.followup.ReportContent;
import org.anslag.followup.TagChoice;
import org.anslag.followup.TermKind;
import org.anslag.followup.Vocabulary;
import org.anslag.followup.VocabularyTerm;
import org.anslag.it.support.Scenarios;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.anslag.it.support.MailServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * The results catalogue in Chromium: an anonymous visitor searches, opens a finished project,
 * clicks "Vi har infört detta", signs in as lina of Luleå on the way, registers the adoption with
 * the keyboard alone and sees it on the project; every page axe-checked in Swedish and English.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
public class CatalogueJourneyIT {

    static final String TITLE = "Resultatresa idésluss";
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Stockholm"));

    private static Browser browser;

    /** Runs in the test JVM only: the SMTP server the coordinator's mail goes to. */
    @BeforeAll
    static void mailServer() {
        MailServer.start();
    }

    /** Inside the server: Sundsvall's (with Timrå) granted project reports a hinder and closes with a reusable result. */
    @Test
    @Order(1)
    public void aFinishedProjectWithAReusableResult() {
        Scenarios given = new Scenarios();
        FundingCall call = given.reportingOn(given.openCall("5000000", "lars"), TODAY.plusMonths(6));
        var draft = given.completeDraft(call, "500000");
        draft = given.applications.saveDraft(given.anna, draft.getId(), draft.getVersion(), TITLE, draft.getSummary(),
                draft.getRequestedAmount());
        String number = given.followedUp(draft, "lars");
        VocabularyTerm hinder = Scenarios.ejb(Vocabulary.class).active(call.getProgramme().getId(), TermKind.HINDER).get(0);
        FollowUps followUps = Scenarios.ejb(FollowUps.class);
        followUps.submit(given.anna, number, new ReportContent("Perioden är klar.", Map.of(),
                List.of(new TagChoice(hinder.getId(), "Svårt att hitta tid."))));
        followUps.assess(Scenarios.evaluator("lars"), number, 6, "Godkänd.");
        given.closeWithFinalReport(number, "lars", "450000");
    }

    @Test
    @Order(2)
    @RunAsClient
    public void aVisitorFindsTheResultAndLinaRegistersLuleasAdoptionWithTheKeyboard() throws Exception {
        browser = Browser.onTheApplication("catalogue", "catalogue-" + System.currentTimeMillis());
        browser.open("public/results.xhtml");
        browser.type("text", TITLE);
        browser.chooseValue("county", "22");
        browser.click("search-button");
        assertThat(browser.text("result-count")).contains("projekt · sida 1 av");
        browser.screenshot("search");
        browser.clickLink(By.partialLinkText(TITLE));
        assertThat(browser.heading()).isEqualTo(TITLE);
        assertThat(browser.pageText()).contains("Idéslussens arbetssätt", "Innovationsledare, Sundsvalls kommun",
                "Projektledare, Sundsvalls kommun").doesNotContain("innovation@sundsvall.se", "Anna Lindqvist");
        String project = browser.currentUrl().replaceAll(".*project=", "");
        browser.screenshot("result");

        browser.click("have-adopted");
        assertThat(browser.currentUrl()).contains("login.xhtml");
        browser.type("login:username", "lina");
        browser.type("login:password", "demo");
        browser.click("login:submit");
        assertThat(browser.currentUrl()).as("back where the visitor was going")
                .contains("uptake/register.xhtml?project=" + project + "&kind=ADOPTION");
        assertThat(browser.text("municipality")).isEqualTo("Luleå kommun");
        browser.screenshot("register-adoption");

        browser.tabTo("uptake:note");
        browser.press("Vi använder idéslussens mallar sedan i våras.");
        browser.tabTo("uptake:register");
        browser.pressAndWaitForPage(Keys.ENTER);
        assertThat(browser.currentUrl()).contains("public/result.xhtml?project=" + project);
        assertThat(browser.pageText()).contains("Införandet i Luleå kommun är registrerat.");
        assertThat(browser.text("uptakes")).contains("Infört av Luleå kommun");
        browser.screenshot("adopted");

        browser.open("uptake/register.xhtml?project=" + project + "&kind=ADOPTION");
        assertThat(browser.text("already-registered")).contains("Luleå kommun har redan registrerat");
    }

    @Test
    @Order(3)
    @RunAsClient
    public void thePagesReadInEnglish() {
        browser.click("session-form:lang-en");
        assertThat(browser.find(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        assertThat(browser.heading()).isEqualTo("We have adopted this");
        browser.open("uptake/register.xhtml?" + browser.currentUrl().replaceAll(".*\\?", "").replace("ADOPTION", "INTEREST"));
        assertThat(browser.pageText()).contains("Register interest");
        browser.click("project-link");
        assertThat(browser.text("uptakes")).contains("Adopted by Luleå kommun");
        browser.open("public/results.xhtml?text=" + TITLE.replace(' ', '+'));
        assertThat(browser.pageText()).contains("Results of the projects", "Finished");
        browser.screenshot("results-en");
    }

    @AfterAll
    public static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }
}
