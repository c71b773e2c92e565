package org.anslag.it.journey;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.anslag.it.support.MailServer;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * WCAG 2.1.1 in headless Chromium: an applicant and an evaluator reach the end of their main path
 * with the keyboard alone — Tab, Shift+Tab, Enter, Space, arrows and typing, never a click. The
 * manager's step between them (eligibility, assignment) is set up with the ordinary helpers. Also
 * the focus ring's contrast, and the tables at 1280 px (no header cut) and at 320 px (reflowed,
 * no sideways scrolling). Runs against {@code app.url}; {@link KeyboardJourneyIT} on the server
 * Arquillian starts.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KeyboardJourney {

    private static final String CALL = "Testbäddar 2026";
    private static final String PROJECT = "Testbädd med tangentbordet " + System.currentTimeMillis() % 100_000_000;
    private static final String EVALUATOR = "lars";

    @AutoClose
    private static Browser browser;
    private static String applicationNumber;

    @BeforeAll
    static void startBrowser() throws IOException {
        MailServer.start();
        browser = Browser.onTheApplication("keyboard", "keyboard");
    }

    @Test
    @Order(1)
    void anApplicantDraftsBudgetsAttachesAndSubmitsWithTheKeyboardAlone() throws IOException {
        signInWithKeys("anna");
        browser.tabTo(navigationLink("Öppna utlysningar"), 20);
        browser.pressAndWaitForPage(Keys.ENTER);

        browser.tabTo(By.xpath("//tr[td[text()='" + CALL + "']]//a"), 60);
        browser.pressAndWaitForPage(Keys.ENTER);
        assertThat(browser.heading()).as("Enter on Ansök in the table opens the form").isEqualTo("Ny ansökan");
        tabAndType("application:title", PROJECT);
        tabAndType("application:summary", "En testbädd för trygghetslarm, ansökt utan mus.");
        tabAndType("application:requestedAmount", "100 000");
        browser.tabTo("application:save");
        browser.pressAndWaitForPage(Keys.ENTER);
        assertThat(browser.pageText()).contains("är sparat");
        browser.screenshot("keyboard-draft-saved");

        browser.tabTo(navigationLink("Mina ansökningar"), 30);
        browser.pressAndWaitForPage(Keys.ENTER);
        browser.tabTo(By.xpath("//tr[td[text()='" + PROJECT + "']]//a[contains(@href,'edit-application')]"), 60);
        browser.pressAndWaitForPage(Keys.ENTER);
        assertThat(browser.value("application:title")).as("Enter on Fortsätt med utkastet opens the draft").isEqualTo(PROJECT);

        browser.tabTo("application:budget-link");
        browser.pressAndWaitForPage(Keys.ENTER);
        tabAndType("budget:rows:0:category", "Personal");
        tabAndType("budget:rows:0:cost", "125 000");
        tabAndType("budget:rows:0:coFunding", "25 000");
        browser.press(Keys.TAB);
        assertThat(browser.textBecomes("grant-requested", "100 000 kr")).isEqualTo("100 000 kr");
        browser.tabTo("budget:save");
        browser.pressAndWaitForPage(" ");
        assertThat(browser.pageText()).as("Space on the save button").contains("Budgeten är sparad");
        assertThat(browser.text("total-cost")).isEqualTo("125 000 kr");
        browser.screenshot("keyboard-budget-saved");
        browser.tabTo("back");
        browser.pressAndWaitForPage(Keys.ENTER);

        browser.tabTo("application:attachments-link");
        browser.pressAndWaitForPage(Keys.ENTER);
        browser.tabTo("attach:file");
        browser.chooseFileInFocusedInput(plan());
        browser.tabTo("attach:upload");
        browser.pressAndWaitForPage(Keys.ENTER);
        assertThat(browser.pageText()).contains("Bilagan trygghetslarm.pdf är tillagd");
        browser.tabTo("back");
        browser.pressAndWaitForPage(Keys.ENTER);

        browser.tabTo("application:submit");
        browser.pressAndWaitForPage(Keys.ENTER);
        assertThat(browser.text("status")).isEqualTo("Inskickad");
        applicationNumber = browser.heading().replace("Ansökan ", "");
        browser.screenshot("keyboard-submitted");

        browser.tabTo(navigationLink("Mina ansökningar"), 30);
        browser.pressAndWaitForPage(Keys.ENTER);
        browser.tabTo(By.xpath("//tr[td[text()='" + PROJECT + "']]//a[text()='" + applicationNumber + "']"), 60);
        browser.pressAndWaitForPage(Keys.ENTER);
        assertThat(browser.heading()).as("Enter on the number in the table opens the application")
                .isEqualTo("Ansökan " + applicationNumber);
    }

    @Test
    @Order(2)
    void anEvaluatorDeclaresNoConflictAndScoresWithTheKeyboardAlone() {
        browser.signIn("maria");
        browser.clickLink(task("check-eligibility"));
        browser.click("eligibility:decide");
        assertThat(browser.pageText()).contains("Ansökan " + applicationNumber + " är stödberättigad");
        browser.clickLink(task("assign-evaluators"));
        browser.all(By.xpath("//input[contains(@id,'assignment:evaluators') and @checked]")).forEach(box -> box.click());
        browser.check(browser.find(By.xpath("//input[@value='" + EVALUATOR + "']")).getAttribute("id"));
        browser.click("assignment:assign");
        assertThat(browser.pageText()).contains("Bedömare är utsedda för " + applicationNumber);

        signInWithKeys(EVALUATOR);
        browser.tabTo(task("declare-conflicts"), 60);
        browser.pressAndWaitForPage(Keys.ENTER);
        assertThat(browser.heading()).as("Enter on the task in the table").isEqualTo("Pröva jäv");
        browser.tabTo("declaration:conflict:0");
        browser.press(Keys.ARROW_DOWN, Keys.ARROW_UP);
        assertThat(browser.find(By.id("declaration:conflict:0")).isSelected()).as("the arrows choose \"no conflict\"").isTrue();
        browser.tabTo("declaration:declare");
        browser.pressAndWaitForPage(Keys.ENTER);
        assertThat(browser.heading()).isEqualTo("Bedöm ansökan");

        var scores = browser.all(By.xpath("//select[starts-with(@id,'review:score-')]"));
        var comments = browser.all(By.xpath("//textarea[starts-with(@id,'review:comment-')]"));
        tabAndType(scores.get(0).getAttribute("id"), "6");
        tabAndType(comments.get(0).getAttribute("id"), "Tydlig nytta för de äldre i kommunen.");
        tabAndType(scores.get(1).getAttribute("id"), "4");
        tabAndType(comments.get(1).getAttribute("id"), "Kan spridas till grannkommunerna.");
        browser.pressShiftTab();
        browser.press(Keys.ARROW_DOWN);
        assertThat(browser.find(By.id(scores.get(1).getAttribute("id"))).getAttribute("value"))
                .as("Shift+Tab back to the second score, and the arrow down from 4").isEqualTo("5");
        browser.tabTo("review:submit");
        browser.pressAndWaitForPage(" ");
        assertThat(browser.pageText()).contains("Bedömningen av " + applicationNumber + " är inskickad (viktat betyg 5,50)");
        browser.screenshot("keyboard-review-scored");
    }

    @Test
    @Order(3)
    void theFocusRingStandsOutAgainstWhiteAndItsSurroundings() {
        signInWithKeys("anna");
        assertFocusRingVisible("the header's link", navigationLink("Öppna utlysningar"));
        browser.pressAndWaitForPage(Keys.ENTER);
        assertFocusRingVisible("a link in a table", By.xpath("//tr[td[text()='" + CALL + "']]//a"));
        browser.pressAndWaitForPage(Keys.ENTER);
        assertFocusRingVisible("a text field", By.id("application:title"));
        assertFocusRingVisible("a text area", By.id("application:summary"));
        assertFocusRingVisible("the municipality picker", By.id("application:partner_input"));
        assertFocusRingVisible("a button", By.id("application:save"));
        browser.screenshot("keyboard-focus-ring");
    }

    @Test
    @Order(4)
    void tablesShowWholeHeadersAt1280PixelsAndReflowAt320() {
        browser.signIn("anna");
        for (String page : List.of("public/calls.xhtml", "application/my-applications.xhtml")) {
            assertTablesFit(page);
        }
        browser.signIn("fatima");
        assertTablesFit("finance/exports.xhtml");
    }

    @Test
    @Order(5)
    void aManagerCuratesTheVocabularyAndTheIndicatorsWithTheKeyboardAlone() {
        String stamp = Long.toString(System.currentTimeMillis() % 100_000_000);
        signInWithKeys("maria");
        browser.tabTo(navigationLink("Program och utlysningar"), 20);
        browser.pressAndWaitForPage(Keys.ENTER);
        browser.tabTo(By.xpath("//table//a[contains(@href,'vocabulary')]"), 120);
        browser.pressAndWaitForPage(Keys.ENTER);
        assertThat(browser.heading()).isEqualTo("Hinder och framgångsfaktorer");
        browser.tabTo(By.xpath("//input[@name='add:termKind' and @value='HINDER']"), 400);
        browser.press(Keys.ARROW_DOWN);
        assertThat(browser.find(By.xpath("//input[@name='add:termKind' and @value='SUCCESS_FACTOR']")).isSelected())
                .as("the arrow chooses the other list").isTrue();
        tabAndType("add:labelSv", "Stöd från politiken " + stamp);
        tabAndType("add:labelEn", "Political support " + stamp);
        browser.tabTo("add:create");
        browser.pressAndWaitForPage(Keys.ENTER);
        assertThat(browser.pageText()).contains("”Stöd från politiken " + stamp + "” har lagts till.");
        browser.screenshot("keyboard-vocabulary");

        browser.tabTo(navigationLink("Program och utlysningar"), 400);
        browser.pressAndWaitForPage(Keys.ENTER);
        browser.tabTo(By.xpath("//tr[td[text()='" + CALL + "']]//a[contains(@href,'edit-call')]"), 120);
        browser.pressAndWaitForPage(Keys.ENTER);
        browser.tabTo(By.id("indicators"), 60);
        browser.pressAndWaitForPage(Keys.ENTER);
        assertThat(browser.heading()).isEqualTo("Indikatorer: " + CALL);
        tabAndType("indicator:nameSv", "Nya larmtjänster " + stamp);
        tabAndType("indicator:nameEn", "New alarm services " + stamp);
        tabAndType("indicator:target", "abc");
        browser.tabTo("indicator:add");
        browser.pressAndWaitForPage(Keys.ENTER);
        assertThat(browser.pageText()).contains("Ange ett tal, till exempel 12 eller 12,5.");
        assertThat(browser.value("indicator:nameSv")).as("typed text is kept").isEqualTo("Nya larmtjänster " + stamp);
        browser.tabTo("indicator:unit");
        browser.press("a");
        assertThat(browser.value("indicator:unit")).as("typing a letter picks the unit").isNotEmpty();
        // Tab into a text field selects what it holds, so typing replaces it
        browser.tabTo("indicator:target");
        browser.press("12");
        browser.tabTo("indicator:add");
        browser.pressAndWaitForPage(Keys.ENTER);
        assertThat(browser.pageText()).contains("Indikatorn ”Nya larmtjänster " + stamp + "” har lagts till.");
        browser.screenshot("keyboard-indicators");
    }

    private static void assertTablesFit(String page) {
        browser.open(page);
        assertThat(browser.all(By.cssSelector(".ui-datatable tbody tr"))).as("rows on " + page).isNotEmpty();
        assertThat((List<?>) browser.script("return [...document.querySelectorAll('.ui-datatable th, .ui-datatable-tablewrapper')]"
                + ".filter(cell => cell.scrollWidth > cell.clientWidth).map(cell => cell.textContent || 'the table')"))
                .as("headers cut or a table scrolling sideways at 1280 px on " + page).isEmpty();
        String name = page.replaceAll(".*/|\\.xhtml", "");
        browser.screenshot("table-1280-" + name);
        browser.viewportWidth(320);
        try {
            assertThat(browser.script("return document.documentElement.scrollWidth - document.documentElement.clientWidth"))
                    .as("sideways scrolling at 320 px on " + page).isEqualTo(0L);
            assertThat(browser.script("return getComputedStyle(document.querySelector('.ui-datatable tbody td')).display"))
                    .as("the table's cells stacked at 320 px on " + page).isEqualTo("block");
            browser.screenshot("table-320-" + name);
        } finally {
            browser.fullWindow();
        }
    }

    /** Tabs to the element and checks its outline: solid, 2 px or more, and 3:1 against white and what is around it. */
    private static void assertFocusRingVisible(String what, By element) {
        browser.tabTo(element, 80);
        List<String> ring = browser.focusRing();
        assertThat(ring.get(0)).as("outline style of " + what).isEqualTo("solid");
        assertThat(Double.parseDouble(ring.get(1).replace("px", ""))).as("outline width of " + what).isGreaterThanOrEqualTo(2);
        double[] outline = rgb(ring.get(2));
        double[] surroundings = rgb(ring.get(3));
        if (luminance(surroundings) > 0.5) {
            assertThat(contrast(outline, rgb("rgb(255, 255, 255)"))).as("contrast of the ring of " + what + " with white")
                    .isGreaterThanOrEqualTo(3);
        }
        assertThat(contrast(outline, surroundings)).as("contrast of the ring of " + what + " with " + ring.get(3))
                .isGreaterThanOrEqualTo(3);
    }

    private static double[] rgb(String css) {
        Matcher channels = Pattern.compile("rgba?\\((\\d+), (\\d+), (\\d+)").matcher(css);
        assertThat(channels.find()).as("a colour: " + css).isTrue();
        return new double[] {Double.parseDouble(channels.group(1)), Double.parseDouble(channels.group(2)),
                Double.parseDouble(channels.group(3))};
    }

    /** WCAG 2.1's relative luminance and contrast ratio. */
    private static double luminance(double[] rgb) {
        double[] linear = new double[3];
        for (int i = 0; i < 3; i++) {
            double channel = rgb[i] / 255;
            linear[i] = channel <= 0.03928 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2];
    }

    private static double contrast(double[] first, double[] second) {
        double lighter = Math.max(luminance(first), luminance(second));
        double darker = Math.min(luminance(first), luminance(second));
        return (lighter + 0.05) / (darker + 0.05);
    }

    /** Signs in by typing: Tab to the user name, type, Tab to the password, type, Enter. */
    private static void signInWithKeys(String username) {
        browser.forgetSession();
        browser.open("login.xhtml");
        browser.tabTo("login:username");
        browser.press(username, Keys.TAB, "demo");
        browser.pressAndWaitForPage(Keys.ENTER);
        assertThat(browser.all(By.id("signed-in-as"))).as(username + " is signed in").isNotEmpty();
    }

    private static void tabAndType(String id, String text) {
        browser.tabTo(id);
        browser.press(text);
    }

    private static By navigationLink(String text) {
        return By.xpath("//nav//a[normalize-space()='" + text + "']");
    }

    private static By task(String page) {
        return By.xpath("//a[contains(@href,'" + page + "') and contains(@href,'number=" + applicationNumber + "')]");
    }

    private static Path plan() throws IOException {
        Path folder = Files.createTempDirectory("keyboard-upload");
        return Files.write(folder.resolve("trygghetslarm.pdf"), "%PDF-1.4\n% Plan för trygghetslarm\n%%EOF\n".getBytes(UTF_8));
    }
}
