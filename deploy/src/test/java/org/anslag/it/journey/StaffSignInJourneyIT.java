package org.anslag.it.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
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
 * Staff sign in through the agency's identity provider, a real Keycloak started by the test with
 * the realm of keycloak/anslag-realm.json: maria.sso (realm role PROGRAMME_MANAGER, maria's
 * address) presses the staff button on the sign-in page, signs in at Keycloak and lands in Anslag
 * as maria, the programme manager; greta.sso (FINANCE), unknown to Anslag, gets a new finance
 * account that adam sees; kim.sso, whose roles mean nothing to Anslag, gets the 403 page saying
 * why (reached with the keyboard only) and is not signed in. An answer that no sign-in of this browser asked for is refused.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
public class StaffSignInJourneyIT {

    private static IdentityProvider provider;
    private static Browser browser;

    @BeforeAll
    static void startTheProviderAndABrowser() throws Exception {
        provider = IdentityProvider.start();
        browser = Browser.onTheApplication("staff-sign-in", "staff-sign-in-" + System.currentTimeMillis());
    }

    @Test
    @Order(1)
    void mariaSignsInWithTheAgencyAccountAndLandsAsProgrammeManager() {
        signInAtTheProvider("maria.sso", "maria-sso-pass");
        assertThat(browser.text("signed-in-as")).isEqualTo("Maria Ek");
        assertThat(browser.all(By.id("nav-programmes"))).as("a programme manager's menu").hasSize(1);
        assertThat(browser.allNow(By.id("nav-admin"))).isEmpty();
        browser.screenshot("maria-signed-in");
        browser.open("call/programmes.xhtml");
        assertThat(browser.heading()).isNotEqualTo("Åtkomst nekad");
        assertThat(browser.pageText()).contains("Innovation i kommuner 2026–2028");
    }

    @Test
    @Order(2)
    void kimWithoutAnAnslagRoleGetsTheRefusalInSwedish() throws Exception {
        signInAtTheProviderWithTheKeyboard("kim.sso", "kim-sso-pass");
        assertThat(browser.heading()).isEqualTo("Åtkomst nekad");
        assertThat(browser.text("sso-refusal")).contains("ditt konto där har ingen roll i Anslag");
        assertThat(browser.allNow(By.id("signed-in-as"))).isEmpty();
        browser.screenshot("kim-refused");
        browser.open("index.xhtml");
        assertThat(browser.currentUrl()).as("not signed in").contains("login.xhtml");
    }

    @Test
    @Order(3)
    void gretaUnknownToAnslagGetsAFinanceAccount() {
        signInAtTheProvider("greta.sso", "greta-sso-pass");
        assertThat(browser.text("signed-in-as")).isEqualTo("Greta Lund");
        assertThat(browser.all(By.id("nav-finance"))).hasSize(1);
        assertThat(browser.allNow(By.id("nav-programmes"))).isEmpty();

        browser.signIn("adam");
        browser.open("admin/users.xhtml");
        assertThat(browser.pageText()).contains("greta.sso@myndighet.example", "Greta Lund");
    }

    @Test
    @Order(4)
    void anAnswerNoSignInAskedForSendsBackToSignIn() throws Exception {
        browser.forgetSessionAt(applicationUrl() + "login.xhtml");
        browser.open("sso/callback?code=forged&state=forged");
        assertThat(browser.currentUrl()).contains("login.xhtml?sso=failed");
        assertThat(browser.text("sso-problem")).contains("avbröts");
        HttpResponse<Void> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(applicationUrl() + "sso/callback?code=forged&state=forged")).build(), HttpResponse.BodyHandlers.discarding());
        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(answer.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login.xhtml?sso=failed"));
    }

    /** From the sign-in page, with the staff button, through Keycloak's own sign-in form, by mouse. */
    private static void signInAtTheProvider(String username, String password) {
        toTheProvidersSignIn();
        browser.click("sso-login");
        atTheProvider(username, password);
        browser.click("kc-login");
    }

    /** The same with the keyboard only: Tab to the staff button, Enter; type, Enter. */
    private static void signInAtTheProviderWithTheKeyboard(String username, String password) {
        toTheProvidersSignIn();
        browser.tabToAndPressEnter("sso-login", 40);
        atTheProvider(username, password);
        browser.pressAndWaitForPage(Keys.ENTER);
    }

    private static void toTheProvidersSignIn() {
        browser.forgetSessionAt(IdentityProvider.ISSUER + "/");
        browser.forgetSessionAt(applicationUrl() + "login.xhtml");
        browser.open("login.xhtml");
        assertThat(browser.text("sso-login")).isEqualTo("Logga in med myndighetens konto");
    }

    private static void atTheProvider(String username, String password) {
        assertThat(browser.currentUrl()).startsWith(IdentityProvider.ISSUER + "/protocol/openid-connect/auth");
        browser.type("username", username);
        browser.type("password", password);
    }

    private static String applicationUrl() {
        return System.getProperty("app.url", "http://localhost:" + (8080 + Integer.getInteger("it.port.offset", 0)) + "/anslag/");
    }

    @AfterAll
    static void stopTheBrowserAndTheProvider() throws Exception {
        if (browser != null) {
            browser.close();
        }
        if (provider != null) {
            System.out.println("Keycloak had started in " + provider.startedIn().toMillis() / 1000.0 + " s");
            provider.close();
        }
    }
}
