package org.anslag.it.journey;

import static org.assertj.core.api.Assertions.assertThat;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Keys;

/**
 * The registrar's diary and the read log in Chromium, with the keyboard only: maria finds a case
 * of the demo history by its application number, pages the diary and reads it in English; adam
 * sees in the read log that she opened the case. axe checks every page on the way.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
public class RegistryJourneyIT {

    /** A case of the demo history: it arrived in April 2023 and its grant left in June. */
    private static final String CASE = "IH-2023-0003";

    private static Browser browser;

    @BeforeAll
    static void openBrowser() throws Exception {
        browser = Browser.onTheApplication("registry", "registry-" + System.currentTimeMillis());
    }

    @Test
    @Order(1)
    void mariaFindsACaseInTheDiaryWithTheKeyboard() {
        browser.signIn("maria");
        browser.tabToAndPressEnter("nav-registry", 40);
        assertThat(browser.heading()).isEqualTo("Diarium");

        browser.tabTo("search");
        browser.press(CASE);
        browser.pressAndWaitForPage(Keys.ENTER);
        assertThat(browser.currentUrl()).endsWith("search=" + CASE);
        assertThat(browser.pageText()).contains("Inkommen", "Ansökan", "Utgående", "Beslut: beviljad",
                "Kopia för utlämnande (PDF)");
        browser.screenshot("diary-searched");

        browser.tabTo("search");
        browser.selectAll();
        browser.press("inget sådant ärende");
        browser.pressAndWaitForPage(Keys.ENTER);
        assertThat(browser.pageText()).contains("Inga handlingar matchar sökningen.");
    }

    @Test
    @Order(2)
    void mariaOpensTheCaseAndReadsTheDiaryInEnglish() {
        browser.open("application/application.xhtml?number=" + CASE);
        assertThat(browser.text("dnr")).matches("2023-\\d{5}");
        browser.open("registry/diary.xhtml?search=" + CASE);
        browser.tabToAndPressEnter("session-form:lang-en", 60);
        assertThat(browser.heading()).isEqualTo("Registry (diarium)");
        assertThat(browser.pageText()).contains("Registration number", "Outgoing", "Decision: granted");
        browser.screenshot("diary-in-english");
        browser.tabToAndPressEnter("session-form:lang-sv", 60);
    }

    @Test
    @Order(3)
    void adamSeesInTheReadLogThatMariaOpenedTheCase() {
        browser.signIn("adam");
        browser.tabToAndPressEnter("nav-read-log", 60);
        browser.tabTo("search");
        browser.press(CASE);
        browser.pressAndWaitForPage(Keys.ENTER);
        assertThat(browser.pageText()).contains("maria (PROGRAMME_MANAGER)", CASE, "Ansökans sida");
        browser.screenshot("read-log");
        assertThat(browser.pageText()).as("adam reads no application: no copy to hand out")
                .doesNotContain("Kopia för utlämnande");
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }
}
