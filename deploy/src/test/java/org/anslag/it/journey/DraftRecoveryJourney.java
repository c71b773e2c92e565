package org.anslag.it.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * An applicant's draft in headless Chromium when things go wrong around it: a page whose view the
 * server no longer knows (an old tab, a server restart, a tampered form), a second new application
 * on the same call, a sign-out on a shared computer. Nothing typed is lost, nothing typed leaks
 * into another draft, and the address always names the draft. Uses the demo's open call
 * "Testbäddar 2026" and the applicant anna.
 */
class DraftRecoveryJourney {

    private static final String CALL = "Testbäddar 2026";
    private static final String RUN = Long.toString(System.currentTimeMillis() % 100_000_000);

    private static Browser browser;

    @BeforeAll
    static void startBrowser() throws Exception {
        String database = System.getProperty("it.database", "local");
        browser = new Browser(System.getProperty("app.url",
                        "http://localhost:" + (8080 + Integer.getInteger("it.port.offset", 0)) + "/anslag/"),
                Path.of(System.getProperty("screenshots.dir", "target/screenshots"), database, "draft-recovery"),
                Path.of(System.getProperty("downloads.dir", "target/downloads"), database + "-draft-" + RUN));
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @BeforeEach
    void signIn() {
        browser.signIn("anna");
    }

    @Test
    void savingTheDraftKeepsItsNumberInTheAddressSoItCanBeReloadedAndFocusGoesToTheMessage() {
        String number = newDraft("Bokmärkt " + RUN);
        browser.type("application:summary", "Sparad med knappen.");
        browser.click("application:save");

        assertThat(browser.currentUrl()).endsWith("edit-application.xhtml?number=" + number);
        assertThat(browser.focused().getText()).as("focus is on what happened").contains("Utkastet " + number + " är sparat");
        assertThat(browser.focused().getAttribute("role")).isEqualTo("status");
        browser.screenshot("draft-saved-focus-on-message");
        browser.reload();
        assertThat(browser.heading()).isEqualTo("Utkast " + number);
        assertThat(browser.value("application:summary")).isEqualTo("Sparad med knappen.");
    }

    @Test
    void aBackgroundSaveFromAPageWhoseViewExpiredStillSavesTheTextAndKeepsTheNumber() {
        String number = newDraft("Gammal flik " + RUN);
        browser.type("application:summary", "Skrivet i en gammal flik.");
        browser.expireView();
        browser.find(By.id("application:title")).click();

        assertThat(browser.textBecomes("autosave-status", "Utkastet sparades automatiskt"))
                .as("the reopened page saves what was typed").startsWith("Utkastet sparades automatiskt");
        assertThat(browser.currentUrl()).endsWith("edit-application.xhtml?number=" + number);
        assertThat(browser.pageText()).contains("Sidan hade gått ut", "har lagts tillbaka i fälten och sparas nu automatiskt");
        assertThat(browser.value("application:summary")).isEqualTo("Skrivet i en gammal flik.");
        browser.screenshot("expired-view-text-saved");

        browser.open("application/edit-application.xhtml?number=" + number);
        assertThat(browser.value("application:summary")).as("stored on the server").isEqualTo("Skrivet i en gammal flik.");
        assertThat(browser.find(By.id("draft-restored")).isDisplayed()).as("nothing left to put back").isFalse();
    }

    @Test
    void savingFromAPageWhoseViewExpiredSaysWhyAndSavesTheTextUnderTheNumber() {
        String number = newDraft("Utgången vy " + RUN);
        browser.type("application:summary", "Sparad efter att vyn gått ut.");
        browser.expireView();
        browser.click("application:save");

        assertThat(browser.currentUrl()).endsWith("edit-application.xhtml?number=" + number);
        assertThat(browser.pageText()).contains("Sidan hade gått ut");
        assertThat(browser.textBecomes("autosave-status", "Utkastet sparades automatiskt")).isNotBlank();
        browser.open("application/edit-application.xhtml?number=" + number);
        assertThat(browser.value("application:summary")).isEqualTo("Sparad efter att vyn gått ut.");
    }

    @Test
    void anOrdinaryFormWhoseViewExpiredSaysWhyNothingHappened() {
        browser.open("application/my-applications.xhtml");
        browser.expireView();
        browser.click("session-form:lang-en");

        assertThat(browser.text("messages")).contains("Sidan hade gått ut", "gick inte igenom");
        assertThat(browser.heading()).as("still in Swedish: the click did nothing").isEqualTo("Mina ansökningar");
        browser.screenshot("expired-view-message");
    }

    @Test
    void aSecondNewApplicationOnTheSameCallStartsEmpty() {
        newDraft("Första " + RUN);
        browser.open("public/calls.xhtml");
        browser.clickLink(By.xpath("//tr[td[text()='" + CALL + "']]//a"));

        assertThat(browser.currentUrl()).contains("edit-application.xhtml?call=");
        assertThat(browser.value("application:title")).isEmpty();
        assertThat(browser.find(By.id("draft-restored")).isDisplayed()).isFalse();
        browser.screenshot("second-new-application-empty");
    }

    @Test
    void theBrowserKeepsTypedTextOnlyUntilTheServerHasItAndNoneAfterSignOut() {
        String number = newDraft("Delad dator " + RUN);
        String copy = "anslag.draft.anna.application-" + number;
        assertThat(browser.localStorageKeys()).as("saved on the server: no copy left in the browser")
                .doesNotContain(copy).noneMatch(key -> key.startsWith("anslag.draft.anna.call-"));

        browser.type("application:summary", "Inte sparat än.");
        assertThat(browser.localStorageKeys()).contains(copy);
        browser.find(By.id("application:title")).click();
        browser.textBecomes("autosave-status", "Utkastet sparades automatiskt");
        // saved in the background: no copy left (typing clears the field first, a background save of its own)
        browser.awaitLocalStorageWithout(copy);

        // typed on, not cleared first: clearing would start a background save that races the sign-out
        browser.find(By.id("application:summary")).sendKeys(" Osparat när hon loggar ut.");
        assertThat(browser.localStorageKeys()).contains(copy);
        browser.click("session-form:sign-out");
        assertThat(browser.localStorageKeys()).as("signing out leaves nothing typed for the next person")
                .noneMatch(key -> key.startsWith("anslag.draft."));
    }

    /**
     * Starts a new application on the call, types its title and leaves the field, so the draft is
     * created in the background; returns its number, read from the address the page now shows.
     */
    private static String newDraft(String title) {
        browser.open("public/calls.xhtml");
        browser.clickLink(By.xpath("//tr[td[text()='" + CALL + "']]//a"));
        browser.type("application:title", title);
        browser.find(By.id("application:summary")).click();
        browser.textBecomes("autosave-status", "Utkastet sparades automatiskt");
        browser.click("application:save");
        assertThat(browser.currentUrl()).contains("edit-application.xhtml?number=");
        return browser.currentUrl().replaceAll(".*[?&]number=([^&#]+).*", "$1");
    }
}
