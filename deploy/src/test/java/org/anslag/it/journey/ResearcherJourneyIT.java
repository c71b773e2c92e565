package org.anslag.it.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.anslag.call.CallTerms;
import org.anslag.call.CallType;
import org.anslag.call.FundingCall;
import org.anslag.followup.FollowUps;
import org.anslag.followup.ReportContent;
import org.anslag.it.support.Scenarios;
import org.anslag.learning.ResearcherAssignments;
import org.anslag.shared.Actor;
import org.anslag.shared.Role;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
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
 * The accompanying researcher in Chromium, on H2 and PostgreSQL: a funded project is made inside
 * the server in a programme ADMIN assigned ingrid to; ingrid opens the funded projects and the
 * project, writes a note with the keyboard alone (an empty and a too long note are refused and the
 * text stays), and downloads the programme's synthesis, which holds the note. Every new page passes
 * axe in Swedish and English.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
public class ResearcherJourneyIT {

    static final String PROGRAMME_PREFIX = "Följeforskning ";
    static final String NOTE = "Idéslussen fick fart när ledningen avsatte tid.";

    private static Browser browser;

    /** Inside the server: a new programme with one granted project that has reported once; ingrid is its researcher. */
    @Test
    @Order(1)
    public void aFundedProjectInAProgrammeIngridFollows() {
        Scenarios given = new Scenarios();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        var programme = given.calls.createProgramme(given.maria, PROGRAMME_PREFIX + now.toEpochMilli(), new BigDecimal("10000000"),
                LocalDate.now().minusDays(1), LocalDate.now().plusYears(2), "Program att följa");
        given.pool.add(given.maria, programme.getId(), "lars", false, null);
        FundingCall call = given.calls.publish(given.maria, given.calls.createCall(given.maria, programme.getId(), new CallTerms(
                "Testbäddar " + now.toEpochMilli(), CallType.TEST_BED, now.minus(1, ChronoUnit.HOURS),
                now.plus(30, ChronoUnit.DAYS), new BigDecimal("5000000"), new BigDecimal("1000000"),
                List.of(new CallTerms.Criterion("Nytta", 50), new CallTerms.Criterion("Genomförbarhet", 50)))).getId());
        given.reportingOn(call, LocalDate.now().plusMonths(6));
        String number = given.followedUp(given.completeDraft(call, "500000"), "lars");
        Scenarios.ejb(FollowUps.class).submit(given.anna, number,
                new ReportContent("Tolv idéer har kommit in, tre är genomförda.", Map.of(), List.of()));
        Scenarios.ejb(ResearcherAssignments.class).assign(new Actor("adam", null, Set.of(Role.ADMIN)), programme.getId(), "ingrid");
    }

    @Test
    @Order(2)
    @RunAsClient
    public void ingridOpensTheProjectAndWritesANoteWithTheKeyboard() throws Exception {
        browser = Browser.onTheApplication("researcher", "researcher-" + System.currentTimeMillis());
        browser.signIn("ingrid");
        browser.open("learning/projects.xhtml");
        assertThat(browser.heading()).isEqualTo("Finansierade projekt");
        browser.screenshot("projects");
        // each programme's table says which of how many projects it shows, a page of 25 at a time
        By caption = By.xpath("(//section[h2[starts-with(normalize-space(.), '" + PROGRAMME_PREFIX + "')]]//caption)[1]");
        assertThat(browser.find(caption).getText()).matches("Finansierade projekt – " + PROGRAMME_PREFIX + ".* \\(1–1 av 1\\)");
        String notes = browser.find(By.xpath("(//section[h2[starts-with(normalize-space(.), '" + PROGRAMME_PREFIX + "')]]"
                + "//a[contains(@href, 'notes.xhtml?programme=')])[1]")).getAttribute("href");
        String programmeId = notes.replaceAll(".*programme=(\\d+).*", "$1");
        // a page number typed wrong shows the first page, one past the end the last, rather than an error
        for (String page : new String[] {"x2", "99"}) {
            browser.open("learning/projects.xhtml?programme=" + programmeId + "&page=" + page);
            assertThat(browser.find(caption).getText()).as("page " + page).endsWith("(1–1 av 1)");
        }
        assertThat(browser.allNow(By.xpath("//a[contains(@id, 'next-projects') or contains(@id, 'previous-projects')]"))).isEmpty();
        // programmes newest first: this run's programme is the first one of the journey's
        By project = By.xpath("(//section[h2[starts-with(normalize-space(.), '" + PROGRAMME_PREFIX + "')]]//a[starts-with(@id, 'open-project') or contains(@id, ':open-project')])[1]");
        String number = browser.find(project).getText();
        browser.tabTo(project, 200);
        browser.pressAndWaitForPage(Keys.ENTER);
        assertThat(browser.heading()).startsWith(number);
        assertThat(browser.pageText()).contains("Tolv idéer har kommit in, tre är genomförda.", "Sundsvall")
                .doesNotContain("Anna Lindqvist", "anna@demo.anslag.se");
        browser.screenshot("project");

        // empty: refused, naming the field
        browser.tabTo("write:save-note");
        browser.pressAndWaitForPage(Keys.ENTER);
        assertThat(browser.pageText()).contains("Anteckning: skriv något innan du sparar.");
        // too long: refused, and the text stays in the field to be shortened
        String tooLong = "Lång anteckning. ".repeat(240);
        browser.script("document.getElementById('write:note').value = '" + tooLong + "';");
        browser.tabTo("write:save-note");
        browser.pressAndWaitForPage(Keys.ENTER);
        assertThat(browser.pageText()).contains("Anteckning: får vara högst 4000 tecken");
        assertThat(browser.value("write:note")).as("the refused text stays").isEqualTo(tooLong);
        browser.screenshot("project-note-too-long");

        browser.tabTo("write:note");
        browser.selectAll();
        browser.press(Keys.DELETE);
        browser.press(NOTE);
        browser.tabTo("write:save-note");
        browser.pressAndWaitForPage(Keys.ENTER);
        assertThat(browser.pageText()).contains("Anteckningen är sparad.", NOTE, "Ingrid Falk");
        browser.screenshot("project-note-saved");
    }

    @Test
    @Order(3)
    @RunAsClient
    public void ingridDownloadsTheSynthesisThatHoldsTheNote() throws Exception {
        browser.open("learning/projects.xhtml");
        By notes = By.xpath("(//section[h2[starts-with(normalize-space(.), '" + PROGRAMME_PREFIX + "')]]//a[contains(@id, 'programme-notes')])[1]");
        browser.tabTo(notes, 200);
        browser.pressAndWaitForPage(Keys.ENTER);
        assertThat(browser.heading()).startsWith("Lärandeanteckningar – " + PROGRAMME_PREFIX);
        assertThat(browser.pageText()).contains(NOTE);
        browser.screenshot("notes");
        browser.tabTo("synthesis-link");
        browser.press(Keys.ENTER);
        Path file = browser.awaitDownload("synthesis", ".docx");
        try (InputStream in = Files.newInputStream(file); XWPFDocument document = new XWPFDocument(in);
             XWPFWordExtractor words = new XWPFWordExtractor(document)) {
            assertThat(words.getText()).startsWith("Syntes: " + PROGRAMME_PREFIX).contains(NOTE, "Ingrid Falk", "Finansierade projekt");
            assertThat(document.getTables()).isNotEmpty();
        }
    }

    @Test
    @Order(4)
    @RunAsClient
    public void thePagesReadInEnglishToo() {
        browser.click("session-form:lang-en");
        browser.open("learning/projects.xhtml");
        assertThat(browser.heading()).isEqualTo("Funded projects");
        browser.clickLink(By.xpath("(//section[h2[starts-with(normalize-space(.), '" + PROGRAMME_PREFIX + "')]]//a[contains(@id, 'open-project')])[1]"));
        assertThat(browser.pageText()).contains("Progress reports", "Notes on the project", NOTE);
        browser.open("learning/notes.xhtml");
        assertThat(browser.heading()).startsWith("Learning notes");
        browser.screenshot("notes-en");
    }

    @Test
    @Order(5)
    @RunAsClient
    public void adminAssignsResearchersOnAnAccessiblePageInBothLanguages() {
        browser.signIn("adam");
        browser.open("admin/researchers.xhtml");
        assertThat(browser.heading()).isEqualTo("Följeforskare");
        assertThat(browser.pageText()).contains("Ingrid Falk (ingrid)");
        browser.screenshot("admin-researchers");
        browser.click("session-form:lang-en");
        browser.open("admin/researchers.xhtml");
        assertThat(browser.heading()).isEqualTo("Accompanying researchers");
    }

    @AfterAll
    public static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }
}
