package org.anslag.it.journey;

import static org.assertj.core.api.Assertions.assertThat;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * The municipality picker in Chromium, keyboard only: anna starts an application, finds her
 * partner by name and by kommunkod, takes Timrå with Enter and adds it; a code that names no
 * municipality offers nothing and adds nothing, with a message naming the field. axe checks the
 * page with the suggestions open.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class MunicipalityPickerJourneyIT {

    private static final String CALL = "Testbäddar 2026";
    private static final String PROJECT = "Partner vald med kommunkod " + System.currentTimeMillis() % 100_000_000;
    private static final String PICKER = "application:partner";

    private static Browser browser;

    @BeforeAll
    static void openBrowser() throws Exception {
        browser = Browser.onTheApplication("municipality-picker", "municipality-picker-" + System.currentTimeMillis());
    }

    @Test
    void anApplicantPicksAPartnerByKommunkodWithTheKeyboard() {
        browser.signIn("anna");
        browser.open("public/calls.xhtml");
        browser.tabTo(By.xpath("//tr[td[text()='" + CALL + "']]//a"), 60);
        browser.pressAndWaitForPage(Keys.ENTER);
        browser.tabTo("application:title");
        browser.press(PROJECT);
        assertThat(browser.find(By.xpath("//label[@for='" + PICKER + "_input']")).getText())
                .as("the picker is labelled").contains("Partnerkommun att lägga till");

        browser.tabTo(PICKER + "_input");
        browser.press("9999");
        assertThat(browser.textWhenPresent(PICKER + "_panel")).contains("Ingen kommun matchar");
        browser.tabTo("application:add-partner");
        browser.pressAndWaitForPage(Keys.ENTER);
        assertThat(browser.pageText()).as("nothing picked, nothing added")
                .contains("Välj en kommun i listan innan du lägger till.");
        assertThat(browser.value("application:title")).as("the title typed is kept").isEqualTo(PROJECT);

        browser.tabTo(PICKER + "_input");
        browser.press("Sundsv");
        browser.awaitSuggestion(PICKER, "Sundsvalls kommun (2281)");
        browser.selectAll();
        browser.press("2262");
        browser.awaitSuggestion(PICKER, "Timrå kommun (2262)");
        browser.checkAccessibilityNow();
        browser.screenshot("picker-suggests-by-kommunkod");
        browser.press(Keys.ENTER);
        assertThat(browser.value(PICKER + "_input")).isEqualTo("Timrå kommun (2262)");
        browser.tabTo("application:add-partner");
        browser.pressAndWaitForPage(Keys.ENTER);
        browser.screenshot("picker-partner-added");
        assertThat(browser.textWhenPresent("application:partners")).contains("Timrå kommun (2262)", "Väntar på bekräftelse");
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }
}
