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
 * municipality offers nothing and adds nothing, with a message naming the field. adam picks an
 * evaluator's affiliations, several, the same way. axe checks the pages with the suggestions open.
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
        String hint = browser.find(By.id(PICKER + "_input")).getAttribute("aria-describedby");
        assertThat(hint).as("the hint describes the picker").isEqualTo("partner-hint");
        assertThat(browser.text(hint)).contains("kommun");

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

    /**
     * adam gives olof (deactivated, so no review depends on it) two affiliations by kommunkod and
     * name, keyboard only, one at a time; a name that matches nothing offers nothing and adding
     * without a choice says what to do; a remove button takes one away again.
     */
    @Test
    void anAdministratorAddsAffiliationsOneAtATimeWithTheKeyboard() {
        String picker = "user:affiliation";
        browser.signIn("adam");
        browser.open("admin/users.xhtml?user=olof");
        browser.tabTo(picker + "_input");
        browser.press("Qzx");
        assertThat(browser.textWhenPresent(picker + "_panel")).contains("Ingen organisation matchar");
        browser.selectAll();
        browser.press(Keys.BACK_SPACE);
        browser.tabTo("user:add-affiliation");
        browser.pressAndWaitForPage(Keys.ENTER);
        assertThat(browser.pageText()).contains("välj en organisation i listan med förslag innan du lägger till");

        browser.tabTo(picker + "_input");
        browser.pick(picker, "2260", "Ånge kommun (2260)");
        browser.tabTo("user:add-affiliation");
        browser.pressAndWaitForPage(Keys.ENTER);
        browser.tabTo(picker + "_input");
        browser.pick(picker, "Örnsk", "Örnsköldsviks kommun (2284)");
        browser.tabTo("user:add-affiliation");
        browser.pressAndWaitForPage(Keys.ENTER);
        assertThat(browser.text("chosen-affiliations")).contains("Ånge kommun (2260)", "Örnsköldsviks kommun (2284)");
        browser.checkAccessibilityNow();
        browser.screenshot("affiliations-added");
        browser.tabTo("user:save");
        browser.pressAndWaitForPage(Keys.ENTER);
        assertThat(olofsRow()).contains("Ånge kommun (2260)", "Örnsköldsviks kommun (2284)");

        browser.open("admin/users.xhtml?user=olof");
        browser.tabTo(By.cssSelector("[aria-label='Ta bort Örnsköldsviks kommun (2284)']"), 80);
        browser.pressAndWaitForPage(Keys.ENTER);
        browser.tabTo("user:save");
        browser.pressAndWaitForPage(Keys.ENTER);
        browser.screenshot("affiliation-removed");
        assertThat(olofsRow()).contains("Ånge kommun (2260)").doesNotContain("Örnsköldsviks kommun");
    }

    private static String olofsRow() {
        return browser.find(By.xpath("//*[@id='users']//tr[td[contains(., 'olof')]]")).getText();
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }
}
