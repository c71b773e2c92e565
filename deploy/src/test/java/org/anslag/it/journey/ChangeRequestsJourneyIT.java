package org.anslag.it.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.anslag.budget.BudgetEntry;
import org.anslag.budget.CostCategory;
import org.anslag.call.CallTexts;
import org.anslag.call.FundingCall;
import org.anslag.change.ChangeRequests;
import org.anslag.it.support.Scenarios;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The change-request pages in Chromium, each checked with axe-core and photographed: a running
 * grant with three open requests is made inside the server; then, as a browser would, maria opens
 * the reallocation from Att göra, anna the request page from the application (and mistypes the
 * date), and lina, whose Luleå is asked to take Timrå's place, the confirmation.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
public class ChangeRequestsJourneyIT {

    /** Inside the server: Sundsvall's running grant asks for all three kinds of change. */
    @Test
    @Order(1)
    public void aRunningGrantAsksForThreeChanges() {
        Scenarios given = new Scenarios();
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Stockholm"));
        FundingCall call = given.openCall("5000000", "erik");
        given.calls.describe(given.maria, call.getId(), new CallTexts(call.getTitleEn(), call.getDescriptionSv(),
                call.getDescriptionEn()), call.getRules(), List.of(today.plusMonths(2), today.plusMonths(8)));
        String number = given.followedUp(given.completeDraft(call, "500000"), "erik");
        ChangeRequests changes = Scenarios.ejb(ChangeRequests.class);
        BudgetEntry approved = given.budgets.ofApplication(given.applications.byNumber(number).getId()).entries().get(0);
        changes.requestReallocation(given.anna, number, List.of(
                new BudgetEntry(approved.organisationId(), approved.year(), CostCategory.PERSONNEL, new BigDecimal("380000"),
                        BigDecimal.ZERO),
                new BudgetEntry(given.tomas.organisationId(), approved.year(), CostCategory.EXTERNAL_SERVICES,
                        new BigDecimal("120000"), BigDecimal.ZERO)), "Timrå tar över utvecklingen av tjänsten.");
        changes.requestExtension(given.anna, number, today.plusMonths(10), "Leveransen av sensorer är försenad.");
        changes.requestPartner(given.anna, number, given.organisations.byCode("2580").orElseThrow().getId(),
                given.tomas.organisationId(), "Timrå lämnar projektet; Luleå tar över deras del.");
    }

    @Test
    @Order(2)
    @RunAsClient
    public void eachRoleWalksItsChangePages() throws Exception {
        try (Browser browser = Browser.onTheApplication("change-requests", "change-requests")) {
            browser.signIn("maria");
            browser.open("workflow/tasks.xhtml");
            browser.screenshot("maria-tasks");
            List<org.openqa.selenium.WebElement> decide = browser.all(By.linkText("Pröva ändring"));
            assertThat(decide).as("change requests in Att göra").isNotEmpty();
            browser.clickLink(By.xpath("(//a[text()='Pröva ändring'])[1]")); // the newest comes first
            browser.screenshot("maria-decide-change");
            String number = browser.text("number");
            assertThat(browser.pageText()).contains("Vad som begärs");

            browser.signIn("anna");
            browser.open("application/application.xhtml?number=" + number);
            browser.screenshot("anna-application-changes");
            assertThat(browser.text("changes")).contains("Väntar på");
            browser.click("request-change");
            browser.screenshot("anna-request-change");
            browser.typeDate("extension:newEnd", "2020-01-01");
            browser.type("extension:justification", "Vi behöver mer tid.");
            browser.click("extension:request-extension");
            browser.screenshot("anna-request-change-refused");
            assertThat(browser.pageText()).contains("Det finns redan en öppen begäran");
            browser.pick("partnerChange:partner", "2262", "Timrå kommun (2262)");
            browser.type("partnerChange:justification", "Timrå vill stanna kvar.");
            browser.click("partnerChange:request-partner");
            assertThat(browser.pageText()).as("the partner request already open").contains("Det finns redan en öppen begäran");
            assertThat(browser.value("partnerChange:partner_input")).as("the municipality picked is kept")
                    .isEqualTo("Timrå kommun (2262)");

            browser.signIn("lina");
            browser.open("workflow/tasks.xhtml");
            List<org.openqa.selenium.WebElement> confirm = browser.all(By.linkText("Bekräfta att gå in i projektet"));
            assertThat(confirm).as("Luleå is asked to join").isNotEmpty();
            browser.clickLink(By.xpath("(//a[text()='Bekräfta att gå in i projektet'])[1]"));
            browser.screenshot("lina-confirm-change-partner");
            assertThat(browser.pageText()).contains("Timrå lämnar projektet");
        }
    }
}
