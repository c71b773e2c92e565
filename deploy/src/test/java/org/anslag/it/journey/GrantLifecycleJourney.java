package org.anslag.it.journey;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.anslag.it.support.MailServer;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The thin grant lifecycle as the four roles meet it in headless Chromium: a manager sets up a
 * call, a municipality applies with a partner, the manager checks eligibility and assigns an
 * evaluator, the evaluator scores, the manager grants, the municipality accepts and reports,
 * the evaluator sends the report back once and approves the revision, finance downloads the decisions
 * spreadsheet and releases and pays the installment.
 * Each step is a test in order; a screenshot per step lands in target/screenshots.
 * Runs against {@code app.url} (default http://localhost:8080/anslag/); {@link GrantLifecycleJourneyIT}
 * runs it on the server Arquillian starts.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GrantLifecycleJourney {

    private static final String ANNA_MAIL = "anna@demo.anslag.se";
    private static final String TOMAS_MAIL = "tomas@demo.anslag.se";
    private static final java.time.Duration MAIL_PATIENCE = java.time.Duration.ofSeconds(30);
    private static final String NEED_QUESTION = "Vilket behov möter idéslussen?";
    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final LocalDate REPORTING_PERIOD_END = LocalDate.now(ZoneId.of("Europe/Stockholm")).plusMonths(6);
    private static final String RUN = Long.toString(System.currentTimeMillis() % 100_000_000);
    private static final String CALL_TITLE = "Idéslussar journey " + RUN;
    private static final String PROJECT = "Idésluss Sundsvall " + RUN;

    private static Browser browser;
    private static String applicationNumber;
    private static String applicationUrl;

    @BeforeAll
    static void startBrowser() throws Exception {
        MailServer.start();
        browser = Browser.onTheApplication("", RUN);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    @Order(1)
    void managerSetsUpAProgrammeAndAnIdeaHubCall() {
        browser.signIn("maria");
        assertThat(browser.heading()).isEqualTo("Att göra");
        browser.click("nav-programmes");
        browser.type("programme:name", "Programme " + RUN);
        browser.type("programme:budget", "10 000 000");
        browser.typeDate("programme:startsOn", "2026-01-01");
        browser.typeDate("programme:endsOn", "2028-12-31");
        browser.click("programme:create");
        assertThat(browser.pageText()).contains("Programmet Programme " + RUN + " är skapat");

        browser.clickLink(By.xpath("//tr[td[text()='Programme " + RUN + "']]//a[contains(@href,'evaluator-pool')]"));
        addToPool("Erik Nord", false, "Innovation i offentlig sektor");
        addToPool("Lars Holm", false, "Digitalisering");
        addToPool("Karin Sjöberg", false, "Hållbar utveckling");
        addToPool("Nils Berglund", false, "Verksamhetsutveckling");
        addToPool("Sofia Lind (Timrå kommun)", true, "Välfärdsteknik");
        assertThat(browser.text("members:pool")).contains("Erik Nord", "Lars Holm", "Sofia Lind", "Extern expert");
        browser.screenshot("evaluator-pool");
        browser.click("nav-programmes");

        browser.clickLink(By.xpath("//tr[td[text()='Programme " + RUN + "']]//a[contains(@href,'vocabulary')]"));
        assertThat(browser.heading()).isEqualTo("Hinder och framgångsfaktorer");
        assertThat(browser.pageText()).as("a new programme starts with the seed set").contains("Brist på tid", "Engagerad ledning");
        browser.find(By.xpath("//input[@name='add:termKind' and @value='HINDER']")).click();
        browser.type("add:labelSv", "Svårt att rekrytera");
        browser.type("add:labelEn", "Hard to recruit");
        browser.click("add:create");
        assertThat(browser.pageText()).contains("”Svårt att rekrytera” har lagts till.");
        browser.screenshot("vocabulary");
        browser.click("nav-programmes");

        browser.clickLink(By.xpath("//tr[td[text()='Programme " + RUN + "']]//a[contains(@href,'create-call')]"));
        LocalDateTime now = LocalDateTime.now(STOCKHOLM);
        browser.type("call:title", CALL_TITLE);
        browser.typeDate("call:opensAt", now.minusHours(1).format(MINUTES));
        browser.typeDate("call:closesAt", now.minusHours(2).format(MINUTES));
        browser.type("call:budget", "3000000");
        browser.type("call:maxGrant", "1 000 000");
        browser.all(By.xpath("//input[contains(@id,'criterion-name')]")).get(0).sendKeys("Nytta för invånarna");
        browser.all(By.xpath("//input[contains(@id,'criterion-weight')]")).get(0).sendKeys("60");
        browser.all(By.xpath("//input[contains(@id,'criterion-name')]")).get(1).sendKeys("Genomförbarhet");
        browser.all(By.xpath("//input[contains(@id,'criterion-weight')]")).get(1).sendKeys("40");
        browser.click("call:create");
        assertThat(browser.pageText()).contains("Sista ansökningsdag måste vara efter öppningstiden");
        assertThat(browser.value("call:title")).as("typed text is kept").isEqualTo(CALL_TITLE);
        browser.screenshot("call-closes-before-it-opens");

        browser.typeDate("call:closesAt", now.plusDays(30).format(MINUTES));
        browser.click("call:create");
        assertThat(browser.pageText()).contains("Utlysningen " + CALL_TITLE + " är skapad");
        assertThat(browser.text("call-status")).isEqualTo("Status: Utkast");
        browser.screenshot("call-created");
        browser.type("reviewing:fourEyesAbove", "500 000");
        browser.click("reviewing:save-review");
        assertThat(browser.pageText()).contains("Bedömningsupplägget är sparat");
        assertThat(browser.value("reviewing:fourEyesAbove").replace('\u00A0', ' ')).isEqualTo("500 000");
        browser.type("report-window:reportOpensDaysBefore", "400");
        browser.click("report-window:save-report-window");
        assertThat(browser.pageText()).contains("Rapporten öppnar, dagar före periodens slut: Ange ett helt antal dagar från 0 till 365.");
        assertThat(browser.value("report-window:reportOpensDaysBefore")).as("typed text is kept").isEqualTo("400");
        // the journey's only period ends in half a year: its report opens as soon as the grant is accepted
        browser.type("report-window:reportOpensDaysBefore", "365");
        browser.click("report-window:save-report-window");
        assertThat(browser.pageText()).contains("Rapportfönstret är sparat");

        browser.type("terms:titleEn", "Idea hubs " + RUN);
        browser.type("terms:descriptionSv", "Stöd till kommuner som bygger idéslussar tillsammans.");
        browser.type("terms:minPartners", "1");
        browser.type("terms:maxPartners", "0");
        browser.click("terms:save-terms");
        assertThat(browser.pageText()).contains("Högsta antal partnerkommuner: Högsta antal partner kan inte vara lägre än lägsta antal (1)");
        assertThat(browser.value("terms:titleEn")).as("typed text is kept").isEqualTo("Idea hubs " + RUN);
        browser.type("terms:maxPartners", "3");
        browser.type("terms:minCoFundingShare", "20");
        String periodEnd = browser.find(By.xpath("//input[contains(@id,'period-end_input')]")).getAttribute("id");
        browser.typeDate(periodEnd.substring(0, periodEnd.length() - "_input".length()), REPORTING_PERIOD_END.toString());
        browser.click("terms:save-terms");
        assertThat(browser.pageText()).contains("Texter och regler för " + CALL_TITLE + " är sparade");

        browser.click("application-form");
        browser.type("question:sectionSv", "Idén");
        browser.type("question:sectionEn", "The idea");
        browser.type("question:textSv", NEED_QUESTION);
        browser.type("question:textEn", "Which need does the idea hub meet?");
        browser.choose("question:kind", "Text");
        browser.type("question:maxLength", "200");
        browser.click("question:add");
        assertThat(browser.pageText()).contains("Frågan \"" + NEED_QUESTION + "\" är tillagd");
        browser.type("question:sectionSv", "Idén");
        browser.type("question:textSv", "Vilka når idéslussen?");
        browser.choose("question:kind", "Ett val");
        browser.type("question:options", "Medarbetare | Staff");
        browser.click("question:add");
        assertThat(browser.pageText()).contains("Svarsalternativ: Ange minst två svarsalternativ");
        assertThat(browser.value("question:textSv")).as("typed text is kept").isEqualTo("Vilka når idéslussen?");
        browser.type("question:options", "Medarbetare | Staff\nInvånare | Residents");
        browser.check("question:required");
        browser.click("question:add");
        assertThat(browser.text("questions:form-questions")).contains(NEED_QUESTION, "Vilka når idéslussen?", "Ett val");
        browser.screenshot("application-form");
        browser.click("back");

        browser.click("indicators");
        assertThat(browser.text("indicators:list")).as("an idea-hub call starts from the default set").contains("Inkomna idéer",
                "Testade idéer", "Genomförda idéer", "Medverkande medarbetare", "Medverkande invånare eller företag");
        String ideasReceived = rowOf("indicators:list", "Inkomna idéer");
        browser.type(ideasReceived + ":target", "40");
        browser.click(ideasReceived + ":save");
        assertThat(browser.pageText()).contains("Indikatorn ”Inkomna idéer” är sparad.");
        browser.type("indicator:nameSv", "Nya tjänster");
        browser.type("indicator:nameEn", "New services");
        browser.choose("indicator:unit", "antal");
        browser.type("indicator:target", "2,5");
        browser.click("indicator:add");
        assertThat(browser.pageText()).contains("Ange ett heltal.");
        assertThat(browser.value("indicator:nameSv")).as("typed text is kept").isEqualTo("Nya tjänster");
        browser.type("indicator:target", "3");
        browser.click("indicator:add");
        assertThat(browser.pageText()).contains("Indikatorn ”Nya tjänster” har lagts till.");
        browser.screenshot("indicators");
        browser.click("back");

        browser.click("publishing:publish");
        assertThat(browser.pageText()).contains("Utlysningen " + CALL_TITLE + " är publicerad");
        assertThat(browser.text("calls")).containsPattern(CALL_TITLE + ".*(Publicerad|Öppen)");
        browser.screenshot("call-published");
    }

    @Test
    @Order(2)
    void municipalityDraftsAndSubmitsWithAPartner() {
        browser.signIn("anna");
        assertThat(browser.heading()).isEqualTo("Mina ansökningar");
        browser.open("public/calls.xhtml");
        // 30 days in Swedish time: 29 days and 22–23 hours, or 30 days, depending on a daylight-saving switch
        assertThat(browser.text("open-calls")).contains(CALL_TITLE).containsPattern("(29|30) dagar och \\d+ timmar kvar");
        browser.clickLink(By.xpath("//tr[td[text()='" + CALL_TITLE + "']]//a"));
        browser.type("application:title", PROJECT);
        browser.type("application:summary", "En idésluss där medarbetare lämnar och prövar idéer tillsammans med Timrå.");
        browser.type("application:requestedAmount", "åttahundratusen");
        browser.click("application:save");
        assertThat(browser.pageText()).contains("Ange beloppet med siffror i hela kronor");
        assertThat(browser.value("application:summary")).startsWith("En idésluss");
        browser.type("application:requestedAmount", "-800000");
        browser.click("application:save");
        assertThat(browser.pageText()).contains("Beloppet får inte vara negativt");

        browser.type("application:requestedAmount", "800 000");
        browser.click("application:submit");
        assertThat(browser.pageText()).contains("Lägg till minst en partnerkommun innan du skickar in");
        assertThat(browser.text("checklist")).contains("Partnerkommun: Lägg till minst en partnerkommun innan du skickar in.",
                "Svara på frågan \"" + NEED_QUESTION + "\".",
                "Budget: Fyll i budgeten med minst en rad.");
        browser.screenshot("submission-without-partner-refused");

        browser.pick("application:partner", "Timr", "Timrå kommun (2262)");
        browser.click("application:add-partner");
        assertThat(browser.text("application:partners")).contains("Timrå kommun (2262)", "Väntar på bekräftelse");
        String draftNumber = browser.heading().replace("Utkast ", "");
        assertThat(MailServer.await(TOMAS_MAIL, "ber er bli partner i ansökan " + draftNumber, 1, MAIL_PATIENCE))
                .as("the partner's contact is asked by e-mail").hasSize(1)
                .allSatisfy(mail -> assertThat(MailServer.body(mail)).contains("Sundsvalls kommun vill ha med er som partnerkommun",
                        "confirm-partnership.xhtml?number=" + draftNumber));
        browser.click("application:submit");
        assertThat(browser.pageText()).contains("Timrå kommun har inte bekräftat ännu");
        browser.screenshot("waiting-for-partner");

        browser.signIn("tomas");
        assertThat(browser.text("applications")).as("the partner sees the date to answer by")
                .contains(PROJECT, "Svara på partnerförfrågan senast");
        browser.click("nav-partner-requests");
        assertThat(browser.text("requests")).contains(PROJECT, "Sundsvalls kommun");
        browser.clickLink(By.xpath("//tr[td[text()='" + PROJECT + "']]//a[contains(@href,'confirm-partnership')]"));
        assertThat(browser.text("intro")).startsWith("Sundsvalls kommun vill ha med er som partner");
        browser.screenshot("partner-request");
        browser.click("answer:confirm");
        assertThat(browser.pageText()).contains("Ni har bekräftat partnerskapet");
        assertThat(browser.text("requests")).doesNotContain(PROJECT);

        browser.signIn("anna");
        assertThat(browser.text("applications")).contains(PROJECT, "Lämna in senast");
        openDraft(PROJECT);
        assertThat(browser.text("application:partners")).contains("Bekräftad");

        browser.click("application:answers-link");
        browser.type(answerField(0, "text"), "Behov ".repeat(50));
        browser.click("answers:save");
        assertThat(browser.pageText()).contains("Svaret på \"" + NEED_QUESTION + "\" får vara högst 200 tecken men är 299");
        assertThat(browser.value(answerField(0, "text"))).as("the refused text is kept").startsWith("Behov Behov");
        browser.type(answerField(0, "text"), "Medarbetarnas idéer tas inte om hand i dag.");
        browser.clickLabel("Medarbetare");
        browser.click("answers:save");
        assertThat(browser.pageText()).contains("Svaren är sparade");
        browser.screenshot("form-answered");
        browser.click("back");

        browser.click("application:budget-link");
        browser.choose("budget:rows:0:category", "Personal");
        browser.typeAndLeave("budget:rows:0:cost", "700 000");
        browser.typeAndLeave("budget:rows:0:coFunding", "50 000");
        assertThat(browser.textBecomes("co-funding-share", "7,14 %")).isEqualTo("7,14 %");
        assertThat(browser.text("budget-warnings")).contains("Medfinansieringen är 7,14 % av kostnaden men utlysningen kräver minst 20 %");
        browser.click("budget:add-row");
        browser.choose("budget:rows:1:organisation", "Timrå kommun");
        browser.choose("budget:rows:1:category", "Köpta tjänster");
        browser.typeAndLeave("budget:rows:1:cost", "300 000");
        browser.typeAndLeave("budget:rows:1:coFunding", "150 000");
        browser.typeAndLeave("budget:rows:0:coFunding", "50 000");
        assertThat(browser.textBecomes("co-funding-share", "20,00 %")).isEqualTo("20,00 %");
        assertThat(browser.text("total-cost")).isEqualTo("1 000 000 kr");
        assertThat(browser.text("grant-requested")).isEqualTo("800 000 kr");
        // retyping a field sends its cleared value first (15 % for a moment): the warning goes with the last update
        browser.textClears("budget-warnings");
        browser.click("budget:save");
        assertThat(browser.pageText()).contains("Budgeten är sparad");
        assertThat(browser.text("total-cost")).isEqualTo("1 000 000 kr");
        browser.screenshot("budget-saved");
        browser.click("back");

        browser.click("application:attachments-link");
        browser.upload("attach:file", file("budget.pdf", "Det här är ingen PDF, bara text.".getBytes(UTF_8)));
        browser.click("attach:upload");
        assertThat(browser.pageText()).contains("Filen är inte en PDF, DOCX eller XLSX");
        byte[] plan = ("%PDF-1.4\n% Projektplan " + RUN + "\n%%EOF\n").getBytes(UTF_8);
        browser.upload("attach:file", file("projektplan.pdf", plan));
        browser.click("attach:upload");
        assertThat(browser.pageText()).contains("Bilagan projektplan.pdf är tillagd");
        assertThat(browser.text("attachments:files")).contains("projektplan.pdf", sha256(plan));
        browser.screenshot("attachment-added");
        browser.click("back");
        // keyboard only: Tab to the submit button and press Enter
        browser.tabToAndPressEnter("application:submit", 80);
        assertThat(browser.text("status")).isEqualTo("Inskickad");
        assertThat(browser.text("attachment-list")).contains("projektplan.pdf");
        assertThat(browser.text("requested")).isEqualTo("800 000 kr");
        applicationNumber = browser.heading().replace("Ansökan ", "");
        assertThat(applicationNumber).matches("IH-\\d{4}-\\d{4}");
        String checksum = browser.text("receipt-checksum");
        assertThat(checksum).matches("[0-9a-f]{64}");
        var receipts = MailServer.await(ANNA_MAIL, "Kvitto: ansökan " + applicationNumber, 1, MAIL_PATIENCE);
        assertThat(receipts).as("one receipt, sent after the submission committed").hasSize(1);
        assertThat(MailServer.body(receipts.get(0))).contains(applicationNumber, checksum, PROJECT);
        assertThat(MailServer.to(ANNA_MAIL, "Timrå kommun har bekräftat partnerskapet i " + applicationNumber)).hasSize(1);
        browser.clickDownload(By.id("submitted-pdf"));
        Path pdf = browser.awaitDownload(".pdf");
        try (var read = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            // table cells wrap where the page needs, so words are compared across line breaks
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(read).replaceAll("\\s+", " "))
                    .contains(applicationNumber, checksum, PROJECT, "projektplan.pdf", "Timrå kommun",
                            "Kvitto", "Kontrollsumma (SHA-256)", "Bekräftad", "Personal", "Köpta tjänster")
                    .doesNotContain("CONFIRMED", "PERSONNEL", "EXTERNAL_SERVICES");
            assertThat(read.getDocumentCatalog().getLanguage()).isEqualTo("sv");
            assertThat(read.getDocumentCatalog().getStructureTreeRoot()).as("a tagged PDF").isNotNull();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        applicationUrl = browser.currentUrl();
        assertThat(browser.text("current-step")).isEqualTo("Pröva behörighet");
        assertThat(browser.attributeWhenSet("process-diagram", "data-drawn")).as("the diagram is drawn").isEqualTo("true");
        assertThat(browser.find(By.cssSelector("#process-diagram [data-element-id='Task_CheckEligibility']"))
                .getAttribute("class")).as("the current step is marked").contains("step-current");
        assertThat(browser.find(By.cssSelector("#process-diagram [data-element-id='StartEvent_ApplicationSubmitted']"))
                .getAttribute("class")).contains("step-done");
        assertThat(browser.find(By.id("process-diagram")).getAttribute("textContent")).as("the diagram is named in Swedish")
                .contains("Behörig?").doesNotContain("Eligible?");
        browser.screenshot("application-submitted");

        browser.click("nav-my-applications");
        assertThat(browser.text("applications")).contains(applicationNumber, PROJECT, "Inskickad", "Pröva behörighet");
    }

    @Test
    @Order(3)
    void anotherMunicipalityCannotOpenTheApplicationButThePartnerCan() {
        assertThat(MailServer.to(ANNA_MAIL, "Kvitto: ansökan " + applicationNumber)).as("still exactly one receipt").hasSize(1);
        browser.signIn("tomas");
        browser.open(applicationUrl.substring(applicationUrl.indexOf("application/")));
        assertThat(browser.text("status")).as("the partner sees the application").isEqualTo("Inskickad");

        browser.open("public/calls.xhtml");
        browser.clickLink(By.xpath("//tr[td[text()='" + CALL_TITLE + "']]//a"));
        assertThat(browser.value("application:title")).as("nothing another user typed in this browser").isEmpty();
        browser.type("application:title", "Timrås egen idé " + RUN);
        browser.click("application:save");
        assertThat(browser.pageText()).contains("är sparat");
        String tomasDraft = browser.currentUrl();

        browser.signIn("anna");
        browser.open("application/application.xhtml?number=" + numberOf(tomasDraft));
        assertThat(browser.heading()).isEqualTo("Åtkomst nekad");
        assertThat(browser.pageText()).doesNotContain("Timrås egen idé");
        browser.screenshot("other-municipality-forbidden");
    }

    @Test
    @Order(4)
    void submittingAfterTheDeadlineIsRefusedAndTheDraftIsKept() {
        browser.signIn("anna");
        browser.open("public/calls.xhtml");
        browser.clickLink(By.xpath("//tr[td[text()='" + CALL_TITLE + "']]//a"));
        browser.type("application:title", "Sen ansökan " + RUN);
        browser.type("application:summary", "Skickas efter sista dagen.");
        browser.type("application:requestedAmount", "100000");
        browser.pick("application:partner", "2262", "Timrå kommun (2262)");
        browser.click("application:add-partner");
        String draftUrl = browser.currentUrl();

        browser.signIn("tomas");
        browser.click("nav-partner-requests");
        browser.clickLink(By.xpath("//tr[td[text()='Sen ansökan " + RUN + "']]//a[contains(@href,'confirm-partnership')]"));
        browser.click("answer:decline");
        assertThat(browser.pageText()).contains("Kommentar: Skriv varför ni tackar nej");
        browser.type("answer:comment", "Vi hinner inte i år.");
        browser.click("answer:decline");
        assertThat(browser.pageText()).contains("Ni har tackat nej");
        assertThat(MailServer.await(ANNA_MAIL, "Timrå kommun har tackat nej till partnerskapet", 1, MAIL_PATIENCE))
                .as("the coordinator hears of the decline at once").hasSize(1)
                .allSatisfy(mail -> assertThat(MailServer.body(mail)).contains("Vi hinner inte i år."));

        browser.signIn("anna");
        openDraft("Sen ansökan " + RUN);
        assertThat(browser.text("application:partners")).contains("Avböjd: Vi hinner inte i år.");
        assertThat(browser.text("checklist")).contains("Timrå kommun har tackat nej");
        browser.screenshot("partner-declined");

        browser.signIn("maria");
        browser.click("nav-programmes");
        browser.clickLink(By.xpath("//tr[td[text()='" + CALL_TITLE + "']]//a[contains(@href,'edit-call')]"));
        LocalDateTime now = LocalDateTime.now(STOCKHOLM);
        browser.typeDate("schedule:closesAt", now.minusMinutes(1).format(MINUTES));
        browser.click("schedule:save");
        browser.screenshot("deadline-moved");
        assertThat(browser.pageText()).contains("är ändrad");

        browser.signIn("anna");
        browser.open("application/my-applications.xhtml");
        browser.clickLink(By.xpath("//tr[td[text()='Sen ansökan " + RUN + "']]//a[contains(@href,'edit-application')]"));
        browser.click("application:submit");
        assertThat(browser.pageText()).contains("Sista ansökningsdag har passerat", "ditt utkast är sparat");
        assertThat(browser.value("application:summary")).isEqualTo("Skickas efter sista dagen.");
        browser.screenshot("deadline-passed");

        browser.signIn("maria");
        browser.click("nav-programmes");
        browser.clickLink(By.xpath("//tr[td[text()='" + CALL_TITLE + "']]//a[contains(@href,'edit-call')]"));
        browser.typeDate("schedule:closesAt", now.plusDays(30).format(MINUTES));
        browser.click("schedule:save");
        assertThat(draftUrl).contains("edit-application");
    }

    @Test
    @Order(5)
    void theCoordinatorWithdrawsASubmittedApplicationGivingAReason() {
        browser.signIn("anna");
        browser.open("application/my-applications.xhtml");
        openDraft("Sen ansökan " + RUN);
        browser.click("application:partners:0:remove-partner");
        assertThat(browser.text("application:partners")).doesNotContain("Timrå");
        browser.pick("application:partner", "2262", "Timrå kommun (2262)");
        browser.click("application:add-partner");
        assertThat(browser.text("application:partners")).contains("Väntar på bekräftelse");

        browser.signIn("tomas");
        browser.click("nav-partner-requests");
        browser.clickLink(By.xpath("//tr[td[text()='Sen ansökan " + RUN + "']]//a[contains(@href,'confirm-partnership')]"));
        browser.click("answer:confirm");

        answerBudgetAndSubmit("Sen ansökan " + RUN);

        browser.click("withdrawal:withdraw");
        assertThat(browser.pageText()).contains("Fyll i det här fältet");
        browser.type("withdrawal:reason", "Partnern kan inte delta i år.");
        browser.click("withdrawal:withdraw");
        assertThat(browser.text("status")).isEqualTo("Återkallad");
        assertThat(browser.text("current-step")).as("the process has ended").isEmpty();
        browser.screenshot("withdrawn");
    }

    @Test
    @Order(6)
    void managerChecksEligibilityAndAssignsThreeEvaluators() {
        browser.signIn("maria");
        browser.clickLink(taskLink("check-eligibility"));
        assertThat(browser.text("proposal")).isEqualTo("Ansökan uppfyller utlysningens grundkrav.");
        browser.screenshot("check-eligibility");
        browser.click("eligibility:decide");
        assertThat(browser.pageText()).contains("Ansökan " + applicationNumber + " är stödberättigad");

        browser.clickLink(taskLink("assign-evaluators"));
        assertThat(browser.find(By.xpath("//input[@value='sofia']")).isEnabled())
                .as("an evaluator employed by the partner Timrå is excluded").isFalse();
        assertThat(browser.text("assignment")).contains("Sofia Lind", "jävig, arbetar på Timrå kommun");
        assertThat(browser.all(By.xpath("//input[contains(@id,'assignment:evaluators') and @checked]")))
                .as("the least loaded evaluator is suggested").hasSize(1);
        for (String evaluator : new String[] {"erik", "lars", "karin", "nils"}) {
            if (browser.find(By.xpath("//input[@value='" + evaluator + "']")).isSelected()) {
                browser.find(By.xpath("//input[@value='" + evaluator + "']")).click();
            }
        }
        browser.click("assignment:assign");
        assertThat(browser.pageText()).contains("Välj minst en bedömare");
        browser.find(By.xpath("//label[contains(., 'Erik Nord')]")).click();
        browser.find(By.xpath("//label[contains(., 'Lars Holm')]")).click();
        browser.find(By.xpath("//label[contains(., 'Karin Sjöberg')]")).click();
        browser.click("assignment:assign");
        assertThat(browser.pageText()).contains("Bedömare är utsedda för " + applicationNumber);
    }

    @Test
    @Order(7)
    void anEvaluatorWithAConflictIsReplacedAndThreeReviewsAreScoredEachSeeingTheOthersOnlyAfterwards() {
        browser.signIn("erik");
        browser.clickLink(taskLink("declare-conflicts"));
        assertThat(browser.text("parties")).contains(PROJECT, "Sundsvalls kommun", "Timrå kommun");
        assertThat(browser.pageText()).as("no content before the declaration").doesNotContain("En idésluss där medarbetare");
        browser.open("review/score-application.xhtml?number=" + applicationNumber);
        assertThat(browser.heading()).as("the scoring page waits for the declaration").isEqualTo("Pröva jäv");
        browser.clickLabel("Ja, jag har ett jäv");
        browser.click("declaration:declare");
        assertThat(browser.pageText()).contains("Beskriv jävet så att programansvarig kan bedöma det");
        browser.type("declaration:description", "Min syster leder projektet i Sundsvall.");
        browser.click("declaration:declare");
        assertThat(browser.pageText()).contains("Ditt jäv i " + applicationNumber + " är anmält");
        assertThat(browser.allNow(By.xpath("//a[contains(@href,'number=" + applicationNumber + "')]"))).isEmpty();

        browser.signIn("maria");
        browser.clickLink(taskLink("replace-evaluator"));
        assertThat(browser.text("replacement")).contains("Min syster leder projektet i Sundsvall.");
        assertThat(browser.text("replacement")).as("the excluded are not offered").doesNotContain("Sofia Lind");
        browser.chooseValue("replacement:conflicts:0:replacement", "nils");
        browser.screenshot("replace-evaluator");
        browser.click("replacement:conflicts:0:replace");
        assertThat(browser.pageText()).contains("En ny bedömare är utsedd för " + applicationNumber);

        browser.signIn("karin");
        browser.clickLink(taskLink("declare-conflicts"));
        browser.clickLabel("Nej, jag har inget jäv");
        browser.click("declaration:declare");
        assertThat(browser.heading()).isEqualTo("Bedöm ansökan");
        assertThat(browser.pageText()).contains("En idésluss där medarbetare");
        browser.click("review:submit");
        assertThat(browser.pageText()).contains("Välj ett betyg för Nytta för invånarna");
        scoreBothCriteria("Tydlig förankring i förvaltningen.", "Budgeten är realistisk.");
        assertThat(browser.pageText()).contains("Bedömningen av " + applicationNumber + " är inskickad (viktat betyg 5,60)");

        browser.signIn("nils");
        browser.clickLink(taskLink("declare-conflicts"));
        browser.clickLabel("Nej, jag har inget jäv");
        browser.click("declaration:declare");
        scoreBothCriteria("Bra plan för spridning till grannkommuner.", "Tydlig tidplan.");
        assertThat(browser.pageText()).contains("Bedömningen av " + applicationNumber + " är inskickad (viktat betyg 5,60)");

        browser.signIn("lars");
        browser.clickLink(taskLink("declare-conflicts"));
        browser.clickLabel("Nej, jag har inget jäv");
        browser.click("declaration:declare");
        assertThat(browser.heading()).isEqualTo("Bedöm ansökan");
        browser.open(applicationUrl.substring(applicationUrl.indexOf("application/")));
        assertThat(browser.text("reviews-hidden")).contains("när du har skickat in din egen bedömning");
        assertThat(browser.awaitPresent(By.cssSelector("[data-element-id='SubProcess_Review'].step-current")))
                .as("the collapsed review is marked as the current step on the main diagram").isNotNull();
        assertThat(browser.pageText()).as("the others' reviews stay hidden until Lars has sent his")
                .doesNotContain("Tydlig förankring i förvaltningen.");
        browser.open("review/score-application.xhtml?number=" + applicationNumber);
        var scores = browser.all(By.xpath("//select[starts-with(@id,'review:score-')]"));
        browser.choose(scores.get(0).getAttribute("id"), "6");
        browser.all(By.xpath("//textarea[starts-with(@id,'review:comment-')]")).get(0).sendKeys("Stor nytta, tydlig målgrupp.");
        browser.choose(scores.get(1).getAttribute("id"), "5");
        browser.click("review:submit");
        assertThat(browser.pageText()).contains("Skriv en motivering för Genomförbarhet");
        browser.all(By.xpath("//textarea[starts-with(@id,'review:comment-')]")).get(1).sendKeys("Rimlig plan.");
        browser.screenshot("review-scored");
        browser.click("review:submit");
        assertThat(browser.pageText()).contains("Bedömningen av " + applicationNumber + " är inskickad (viktat betyg 5,60)");
        browser.open(applicationUrl.substring(applicationUrl.indexOf("application/")));
        assertThat(browser.text("reviews")).as("with his own in, Lars reads both reviews")
                .contains("Karin Sjöberg", "Tydlig förankring i förvaltningen.", "Nils Berglund", "Tydlig tidplan.",
                        "Lars Holm", "Rimlig plan.");
        browser.screenshot("reviews-after-own");
    }

    private static void scoreBothCriteria(String firstComment, String secondComment) {
        var scores = browser.all(By.xpath("//select[starts-with(@id,'review:score-')]"));
        var comments = browser.all(By.xpath("//textarea[starts-with(@id,'review:comment-')]"));
        browser.choose(scores.get(0).getAttribute("id"), "6");
        comments.get(0).sendKeys(firstComment);
        browser.choose(scores.get(1).getAttribute("id"), "5");
        comments.get(1).sendKeys(secondComment);
        browser.click("review:submit");
    }

    @Test
    @Order(8)
    void managerGrantsWithinTheRequestAndTheBudget() {
        browser.signIn("maria");
        browser.clickLink(taskLink("decide-funding"));
        assertThat(browser.text("reviews")).contains("Karin Sjöberg", "Nils Berglund", "Lars Holm", "Nytta för invånarna", "Stor nytta, tydlig målgrupp.", "5,60");
        assertThat(browser.value("consolidation:score")).as("the mean of the reviews to start from").isEqualTo("5,6");
        browser.click("decision:decide");
        assertThat(browser.pageText()).contains("Spara en samlad bedömning innan du fattar beslut");
        browser.type("consolidation:score", "5,5");
        browser.type("consolidation:statement", "Stark idé med tydlig nytta; planen behöver en halvårsrapport.");
        browser.click("consolidation:save");
        assertThat(browser.text("consolidated")).contains("5,50", "Maria Ek");

        browser.click("nav-programmes");
        browser.clickLink(By.xpath("//tr[td[text()='" + CALL_TITLE + "']]//a[contains(@href,'ranking')]"));
        assertThat(browser.text("ranking")).contains(applicationNumber, "5,50 (samlat)", "800 000 kr", "Ja");
        assertThat(browser.text("funding-line")).contains("1 / 1");
        browser.screenshot("ranking");
        browser.clickDownload(By.id("ranking-xlsx"));
        try (InputStream in = Files.newInputStream(browser.awaitDownload("rangordning", ".xlsx"));
             Workbook workbook = new XSSFWorkbook(in)) {
            Row top = workbook.getSheet("Rangordning").getRow(1);
            assertThat(top.getCell(1).getStringCellValue()).isEqualTo(applicationNumber);
            assertThat(top.getCell(4).getNumericCellValue()).isEqualTo(5.5);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        browser.click("nav-tasks");
        browser.clickLink(taskLink("decide-funding"));
        assertThat(browser.text("remaining-budget")).endsWith("3 000 000 kr");
        browser.type("decision:grantedAmount", "900 000");
        browser.click("decision:decide");
        assertThat(browser.pageText()).contains("kan inte vara större än sökt belopp (800 000 kr)");
        browser.type("decision:grantedAmount", "750 000");
        browser.type("decision:justification", "Beviljas med villkor om halvårsrapport.");
        browser.screenshot("funding-decision");
        browser.click("decision:decide");
        assertThat(browser.pageText()).as("750 000 kr is above the call's four-eyes limit")
                .contains("Beslutet om " + applicationNumber + " väntar på godkännande av en annan programansvarig");
        browser.clickLink(taskLink("approve-decision"));
        assertThat(browser.text("own-decision")).contains("En annan programansvarig måste godkänna det");
        browser.click("approval:approve");
        assertThat(browser.pageText()).contains("Du fattade beslutet själv");
        assertThat(MailServer.to(ANNA_MAIL, "Beslut om ansökan " + applicationNumber)).as("no letter before approval").isEmpty();

        browser.signIn("per");
        browser.clickLink(taskLink("approve-decision"));
        assertThat(browser.text("proposed-amount")).isEqualTo("750 000 kr");
        assertThat(browser.text("decided-by")).contains("Maria Ek");
        browser.screenshot("four-eyes");
        browser.click("approval:approve");
        assertThat(browser.pageText()).contains("Beslutet om " + applicationNumber + " är godkänt");
        var letter = MailServer.await(ANNA_MAIL, "Beslut om ansökan " + applicationNumber + ": beviljad", 1, MAIL_PATIENCE);
        assertThat(letter).as("the decision letter is mailed once").hasSize(1);
        assertThat(MailServer.body(letter.get(0))).contains("750 000 kr", "Samlad bedömning (5,50 av 7)",
                "Stark idé med tydlig nytta");
    }

    @Test
    @Order(9)
    void municipalityAcceptsTheAgreementAndReportsProgress() {
        browser.signIn("anna");
        assertThat(browser.text("applications")).contains(applicationNumber, "Godkänn avtalet senast");
        browser.open(applicationUrl.substring(applicationUrl.indexOf("application/")));
        assertThat(browser.text("status")).isEqualTo("Beviljad");
        assertThat(browser.text("granted-amount")).isEqualTo("750 000 kr");
        browser.click("accept-agreement");
        browser.click("agreement:accept");
        assertThat(browser.pageText()).contains("Kryssa i att du har läst villkoren");
        browser.check("agreement:termsRead");
        browser.click("agreement:accept");
        assertThat(browser.text("agreement-status")).isEqualTo("Godkänt");
        assertThat(browser.all(By.xpath("//*[@id='installments']//tbody/tr")))
                .extracting(row -> row.getText().replace('\u00A0', ' '))
                .as("an advance now, the rest after the period's report").containsExactly(
                        "1 " + LocalDate.now(STOCKHOLM) + " 375 000 kr Godkända villkor Frisläppt",
                        "2 " + REPORTING_PERIOD_END.plusDays(30) + " 375 000 kr Godkänd lägesrapport 1 Planerad");
        assertThat(browser.text("report-opens-on")).isEqualTo(REPORTING_PERIOD_END.minusDays(365).toString());
        assertThat(browser.text("report-due-on")).isEqualTo(REPORTING_PERIOD_END.plusDays(30).toString());
        browser.screenshot("agreement-accepted");

        browser.click("submit-report");
        assertThat(browser.text("report-period")).isEqualTo("Rapporten gäller period 1 av 1, som slutar " + REPORTING_PERIOD_END + ".");
        browser.type("report:narrative", "Idéslussen är igång; 12 idéer har kommit in.");
        assertThat(browser.pageText()).contains("Hittills: 0 av målet 40");
        browser.type(indicatorOf("Inkomna idéer"), "12");
        browser.type(indicatorOf("Testade idéer"), "2,5");
        browser.type(indicatorOf("Genomförda idéer"), "4");
        browser.type(indicatorOf("Medverkande medarbetare"), "30");
        browser.type(indicatorOf("Medverkande invånare eller företag"), "-3");
        browser.type(indicatorOf("Nya tjänster"), "1");
        browser.find(By.xpath("//label[.='Brist på tid']")).click();
        browser.type(excerptOf("Brist på tid"), "Ingen hann i somras.");
        browser.find(By.xpath("//label[.='Engagerad ledning']")).click();
        browser.type(excerptOf("Svårt att rekrytera"), "Två tjänster står tomma.");
        // one period of one: the whole approved budget is expected by now
        browser.type(spendingOf("Sundsvalls kommun, Personal"), "680 000");
        browser.type(spendingOf("Timrå kommun, Köpta tjänster"), "200 000");
        String timraExplanation = spendingOf("Timrå kommun, Köpta tjänster").replace(":amount", ":explanation");
        browser.awaitPresent(By.id(timraExplanation));
        assertThat(browser.allNow(By.id(spendingOf("Sundsvalls kommun, Personal").replace(":amount", ":explanation"))))
                .as("2,9 % below the budget needs no explanation").isEmpty();
        browser.type("report:spread-search", "Timrå");
        browser.find(By.id("report:add-spread")).click();
        assertThat(browser.textBecomes("report-spread", "deltar i projektet"))
                .contains("Timrå kommun deltar i projektet och räknas inte som en annan kommun.");
        browser.type("report:spread-search", "2584");
        browser.find(By.id("report:add-spread")).click();
        assertThat(browser.textBecomes("report-spread", "Kiruna kommun (2584)")).doesNotContain("deltar i projektet");
        browser.click("report:submit");
        assertThat(browser.pageText()).contains("Testade idéer: Ange ett heltal.",
                "Medverkande invånare eller företag: Ange noll eller ett positivt tal.",
                "Kryssa i ”Svårt att rekrytera” eller ta bort utdraget.",
                "Timrå kommun, Köpta tjänster: Det som använts hittills avviker mer än 10 % från det förväntade. Förklara avvikelsen.");
        assertThat(browser.value(indicatorOf("Inkomna idéer"))).as("typed values are kept").isEqualTo("12");
        assertThat(browser.value(spendingOf("Timrå kommun, Köpta tjänster")).replace('\u00a0', ' '))
                .as("the amount is kept, written the Swedish way").isEqualTo("200 000");
        browser.find(By.xpath("//label[.='Svårt att rekrytera']")).click();
        browser.type(indicatorOf("Testade idéer"), "3");
        browser.type(indicatorOf("Medverkande invånare eller företag"), "150");
        browser.type(timraExplanation, "Konsultupphandlingen blev klar först i oktober.");
        browser.screenshot("progress-report");
        browser.click("report:submit");
        assertThat(browser.pageText()).contains("Lägesrapporten för " + applicationNumber + " är inlämnad");
    }

    @Test
    @Order(10)
    void anEvaluatorOfTheFollowUpSendsTheReportBackAndTheConflictedOneCannotOpenIt() {
        browser.signIn("erik");
        assertThat(browser.allNow(By.xpath("//a[contains(@href,'assess-progress-report')]")))
                .as("the report is not offered to an evaluator who declared a conflict").isEmpty();
        browser.open("followup/assess-progress-report.xhtml?number=" + applicationNumber);
        assertThat(browser.heading()).isEqualTo("Åtkomst nekad");
        assertThat(browser.pageText()).doesNotContain("Idéslussen är igång");

        browser.signIn("maria");
        browser.open(applicationUrl.substring(applicationUrl.indexOf("application/")));
        assertThat(browser.text("report-assessors")).as("the reviewers who declared no conflict")
                .contains("Lars Holm", "Karin Sjöberg", "Nils Berglund").doesNotContain("Erik Nord");
        browser.clickLink(By.id("assign-report-assessors"));
        assertThat(browser.heading()).isEqualTo("Bedömare av rapporterna");
        assertThat(browser.find(By.xpath("//input[@value='erik']")).isEnabled())
                .as("an evaluator who declared a conflict cannot be named for the follow-up").isFalse();
        assertThat(browser.find(By.xpath("//input[@value='sofia']")).isEnabled())
                .as("nor one employed by the partner").isFalse();
        assertThat(browser.text("follow-up")).contains("har anmält jäv i ansökan", "jävig, arbetar på Timrå kommun");
        for (String evaluator : new String[] {"lars", "karin", "nils"}) {
            if (browser.find(By.xpath("//input[@value='" + evaluator + "']")).isSelected()) {
                browser.find(By.xpath("//input[@value='" + evaluator + "']")).click();
            }
        }
        browser.click("follow-up:assign");
        assertThat(browser.pageText()).contains("Välj minst en bedömare");
        // with the keyboard alone: Space ticks the box, Tab reaches the button, Enter saves
        browser.find(By.xpath("//input[@value='lars']")).sendKeys(org.openqa.selenium.Keys.SPACE);
        browser.screenshot("report-assessors");
        browser.tabToAndPressEnter("follow-up:assign", 40);
        assertThat(browser.pageText()).contains("Bedömare av rapporterna för " + applicationNumber + " är sparade");
        assertThat(browser.text("report-assessors")).isEqualTo("Lars Holm");

        browser.signIn("lars");
        browser.clickLink(taskLink("assess-progress-report"));
        assertThat(browser.text("hinders")).isEqualTo("Brist på tid: ”Ingen hann i somras.”\nSvårt att rekrytera: ”Två tjänster står tomma.”");
        assertThat(browser.text("success-factors")).isEqualTo("Engagerad ledning");
        assertThat(browser.text("indicators")).as("the period's values; cumulative ones to date against the target")
                .contains("Inkomna idéer (antal) 12 12 40", "Medverkande medarbetare (personer) 30 – –", "Nya tjänster (antal) 1 1 3");
        assertThat(browser.text("spending")).as("spent against the approved budget, the deviation marked and explained")
                .contains("Timrå kommun Köpta tjänster 300 000 kr 200 000 kr", "33,3 % – mer än 10 %",
                        "Konsultupphandlingen blev klar först i oktober.", "Sundsvalls kommun Personal 700 000 kr 680 000 kr");
        assertThat(browser.text("spread")).isEqualTo("Kiruna kommun (2584): Har visat intresse");
        browser.screenshot("report-to-assess");
        browser.click("assess:send-back");
        assertThat(browser.pageText()).as("a score is needed to send back too").contains("Välj ett betyg");
        browser.choose("assess:score", "3");
        browser.type("assess:assessment", "Beskriv hur idéerna har tagits emot av verksamheterna.");
        browser.click("assess:send-back");
        assertThat(browser.pageText()).contains("Lägesrapporten för " + applicationNumber + " är skickad tillbaka för komplettering");
    }

    @Test
    @Order(11)
    void theMunicipalityRevisesTheReportSentBackAndTheEvaluatorApprovesTheRevision() {
        browser.signIn("anna");
        browser.open(applicationUrl.substring(applicationUrl.indexOf("application/")));
        assertThat(browser.text("installments")).as("the sent-back report holds its installment").contains("Planerad");
        browser.click("submit-report");
        assertThat(browser.text("report-period")).isEqualTo("Rapporten gäller period 1 av 1, som slutar " + REPORTING_PERIOD_END + ".");
        assertThat(browser.text("sent-back-comment")).isEqualTo("Beskriv hur idéerna har tagits emot av verksamheterna.");
        assertThat(browser.text("earlier-versions")).contains("Version 1", "Idéslussen är igång", "Skickad tillbaka", "3");
        browser.screenshot("report-sent-back");
        assertThat(browser.value("report:narrative")).as("the revision starts from the version sent back")
                .isEqualTo("Idéslussen är igång; 12 idéer har kommit in.");
        assertThat(browser.value(indicatorOf("Testade idéer"))).isEqualTo("3");
        assertThat(browser.find(By.id(excerptOf("Brist på tid").replace(":excerpt", ":chosen"))).isSelected()).isTrue();
        assertThat(browser.value(excerptOf("Svårt att rekrytera"))).isEqualTo("Två tjänster står tomma.");
        assertThat(browser.value(spendingOf("Timrå kommun, Köpta tjänster")).replace('\u00a0', ' ')).isEqualTo("200 000");
        assertThat(browser.text("spread-lines")).contains("Kiruna kommun (2584)");
        browser.type("report:narrative", "Idéslussen är igång; 12 idéer har kommit in och fyra är genomförda i hemtjänsten.");
        browser.click("report:submit");
        assertThat(browser.pageText()).contains("Lägesrapporten för " + applicationNumber + " är inlämnad");

        browser.signIn("lars");
        browser.clickLink(taskLink("assess-progress-report"));
        assertThat(browser.text("report-version")).isEqualTo("2");
        assertThat(browser.text("indicators")).as("a revision replaces its period's figures, it does not add to them")
                .contains("Inkomna idéer (antal) 12 12 40");
        assertThat(browser.text("versions")).as("both versions side by side").contains("Version 1", "Version 2",
                "Skickad tillbaka", "Väntar på bedömning", "fyra är genomförda i hemtjänsten",
                "Använt av Timrå kommun, Köpta tjänster", "Kiruna kommun (2584): Har visat intresse");
        browser.screenshot("report-versions");
        browser.choose("assess:score", "6");
        browser.type("assess:assessment", "God start, fortsätt sprida idéerna.");
        browser.click("assess:assess");
        assertThat(browser.pageText()).contains("Lägesrapporten för " + applicationNumber + " är bedömd");
        browser.screenshot("report-assessed");

        browser.signIn("anna");
        browser.open(applicationUrl.substring(applicationUrl.indexOf("application/")));
        assertThat(browser.text("versions-1")).as("the applicant sees both versions too")
                .contains("Version 1", "Version 2", "Skickad tillbaka", "Godkänd");
    }

    @Test
    @Order(12)
    void financeDownloadsTheDecisionsAsASpreadsheet() throws Exception {
        browser.signIn("fatima");
        assertThat(browser.heading()).isEqualTo("Ekonomi");
        assertThat(browser.text("calls")).contains(CALL_TITLE, "750 000 kr");
        browser.screenshot("finance");
        browser.clickDownload(By.xpath("//tr[td[text()='" + CALL_TITLE + "']]//a[contains(@href,'decisions.xlsx')]"));
        Path file = browser.awaitDownload("beslut-utlysning", ".xlsx");
        try (InputStream in = Files.newInputStream(file); Workbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheet("Beslut");
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Ansökningsnummer");
            Row decision = sheet.getRow(1);
            assertThat(decision.getCell(0).getStringCellValue()).isEqualTo(applicationNumber);
            assertThat(decision.getCell(1).getStringCellValue()).isEqualTo("Sundsvalls kommun");
            assertThat(decision.getCell(4).getNumericCellValue()).isEqualTo(800_000d);
            assertThat(decision.getCell(5).getNumericCellValue()).isEqualTo(750_000d);
            assertThat(decision.getCell(5).getCellStyle().getDataFormatString()).contains("kr");
            assertThat(sheet.getLastRowNum()).as("one decision and the totals").isEqualTo(2);
            assertThat(sheet.getRow(2).getCell(5).getCellFormula()).isEqualTo("SUM(F2:F2)");
        }

        browser.clickLink(By.xpath("//tr[td[text()='" + CALL_TITLE + "']]//a[contains(@href,'payment-plans')]"));
        assertThat(browser.heading()).isEqualTo("Utbetalningsplaner: " + CALL_TITLE);
        assertThat(browser.text("plan-" + applicationNumber)).contains(applicationNumber, PROJECT);
        assertThat(browser.pageText()).contains("Sundsvalls kommun", "750 000 kr", "Godkänd lägesrapport 1");
        browser.screenshot("payment-plans");
        browser.clickDownload(By.id("plans-xlsx"));
        try (InputStream in = Files.newInputStream(browser.awaitDownload("utbetalningsplaner", ".xlsx"));
             Workbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheet("Utbetalningsplaner");
            assertThat(sheet.getLastRowNum()).as("two installments and the totals").isEqualTo(3);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo(applicationNumber);
            assertThat(sheet.getRow(1).getCell(5).getNumericCellValue() + sheet.getRow(2).getCell(5).getNumericCellValue())
                    .as("the installments add up to the grant").isEqualTo(750_000d);
            assertThat(sheet.getRow(2).getCell(6).getStringCellValue()).isEqualTo("Godkänd lägesrapport 1");
        }
    }

    @Test
    @Order(13)
    void financeReleasesTheInstallmentOfTheApprovedReportAndRecordsItPaid() {
        browser.signIn("fatima");
        browser.click("nav-tasks");
        browser.clickLink(taskLink("pay-installment"));
        assertThat(browser.heading()).isEqualTo("Delutbetalning 2 – " + applicationNumber);
        assertThat(browser.text("installment-amount")).isEqualTo("375 000 kr");
        assertThat(browser.text("installment-status")).isEqualTo("Planerad");
        browser.click("release:release");
        assertThat(browser.pageText()).contains("Delutbetalning 2 för " + applicationNumber + " är frisläppt");
        assertThat(browser.text("installment-status")).isEqualTo("Frisläppt");
        assertThat(browser.text("released")).contains("Fatima");

        LocalDate today = LocalDate.now(STOCKHOLM);
        browser.typeDate("payment:paidOn", today.plusDays(1).toString());
        browser.type("payment:reference", "BG 5050-1055 / 4711");
        browser.click("payment:record");
        assertThat(browser.pageText()).contains("Betalningsdag: Betalningsdagen kan inte ligga i framtiden");
        assertThat(browser.value("payment:reference")).as("what was typed is kept").isEqualTo("BG 5050-1055 / 4711");
        browser.typeDate("payment:paidOn", today.toString());
        browser.type("payment:reference", "");
        browser.click("payment:record");
        assertThat(browser.pageText()).contains("Betalningsreferens: Fyll i det här fältet");
        browser.screenshot("installment-payment");
        browser.type("payment:reference", "BG 5050-1055 / 4711");
        browser.click("payment:record");
        assertThat(browser.pageText()).contains("Delutbetalning 2 för " + applicationNumber + " är registrerad som utbetald");
        assertThat(browser.text("installment-status")).isEqualTo("Utbetald");
        assertThat(browser.text("paid")).contains(today.toString(), "BG 5050-1055 / 4711");

        browser.clickLink(By.xpath("//a[contains(@href,'payment-plans')]"));
        assertThat(browser.all(By.xpath("//*[contains(@id,'installments')]//tbody/tr")))
                .extracting(row -> row.getText().replace('\u00A0', ' '))
                .anySatisfy(row -> assertThat(row).startsWith("1 ").contains("375 000 kr", "Frisläppt"))
                .anySatisfy(row -> assertThat(row).startsWith("2 ").contains("375 000 kr", "Utbetald",
                        today.toString(), "BG 5050-1055 / 4711"));
        browser.screenshot("payment-plans-paid");
    }

    @Test
    @Order(14)
    void theApplicationEndsClosedAndEnglishIsAvailable() {
        finalReportClosesTheProjectAndFinanceRecordsTheRecoveryClaim();
        browser.signIn("anna");
        browser.open(applicationUrl.substring(applicationUrl.indexOf("application/")));
        assertThat(browser.text("status")).isEqualTo("Avslutad");
        browser.click("session-form:lang-en");
        assertThat(browser.text("status")).isEqualTo("Closed");
        assertThat(browser.find(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        assertThat(browser.attributeWhenSet("process-diagram", "data-drawn")).isEqualTo("true");
        assertThat(browser.find(By.cssSelector("#process-diagram [data-element-id='Task_AssessProgressReport']"))
                .getAttribute("class")).as("the last step is done").contains("step-done");
        assertThat(browser.find(By.id("process-diagram")).getAttribute("textContent")).as("the diagram is named in English")
                .contains("Eligible?").doesNotContain("Behörig?");
        browser.screenshot("closed-in-english");
        // the receipt's headings follow the reader's language; the text its checksum covers stays Swedish
        browser.clickDownload(By.id("submitted-pdf"));
        Path receipt = browser.awaitDownload("ansokan-" + applicationNumber + " (1)", ".pdf");
        try (var read = org.apache.pdfbox.Loader.loadPDF(receipt.toFile())) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(read).replaceAll("\\s+", " "))
                    .contains("Receipt", "Submitted application " + applicationNumber, "Checksum (SHA-256)", "Bekräftad")
                    .doesNotContain("Kvitto", "CONFIRMED");
            assertThat(read.getDocumentCatalog().getLanguage()).isEqualTo("en");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    @Order(15)
    void adminImportsTheFullMunicipalityAndCountyFiles() {
        browser.signIn("adam");
        assertThat(browser.heading()).isEqualTo("Referensdata: kommuner och län");
        Path data = referenceData();
        browser.find(By.id("referenceData:counties")).sendKeys(data.resolve("se-counties.csv").toString());
        browser.find(By.id("referenceData:municipalities")).sendKeys(data.resolve("se-municipalities.csv").toString());
        browser.click("referenceData:upload");
        assertThat(browser.pageText()).contains("Län:", "Kommuner:");
        assertThat(browser.text("counts")).isEqualTo("290 kommuner och 21 län finns registrerade.");
        browser.screenshot("reference-data-imported");
    }

    /** The CC0 reference files live in shared/data next to the checkout. */
    private static Path referenceData() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/data");
            if (Files.isRegularFile(candidate.resolve("se-municipalities.csv"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("shared/data with se-municipalities.csv not found above " + Path.of("").toAbsolutePath());
    }

    /**
     * The final report (issue 15, final): the coordinator reports a reusable result and an
     * underspend (a missing contact e-mail refused first), lars approves it, the project closes and
     * finance records the claim's repayment: paid 375 000 kr (installment 2), spent 300 000 kr.
     */
    private void finalReportClosesTheProjectAndFinanceRecordsTheRecoveryClaim() {
        browser.signIn("anna");
        browser.click("nav-tasks");
        browser.clickLink(taskLink("submit-final-report"));
        browser.type("final:outcomes", "Idéslussen tog emot 40 idéer; sex blev verklighet i hemtjänsten.");
        browser.type("final:results:0:resultTitle", "Idéslussens arbetssätt");
        browser.type("final:results:0:resultDescription", "Mallar och rutiner för att ta emot och pröva idéer.");
        browser.type("final:results:0:contactRole", "Innovationsledare");
        browser.chooseValue("final:results:0:licence", "CC_BY_4_0");
        browser.type("final:lessons", "Börja i liten skala och låt verksamheten äga idéerna.");
        browser.type("final:totalSpent", "300 000");
        browser.click("final:submit");
        assertThat(browser.pageText()).contains("Resultat 1 – Kontaktens e-postadress: Fyll i det här fältet.");
        assertThat(browser.value("final:results:0:resultTitle")).as("what was typed is kept").isEqualTo("Idéslussens arbetssätt");
        browser.screenshot("final-report-refused");
        browser.type("final:results:0:contactEmail", "innovation@sundsvall.se");
        browser.click("final:submit");
        assertThat(browser.pageText()).contains("Slutrapporten för " + applicationNumber + " har skickats in");

        browser.signIn("lars");
        browser.clickLink(taskLink("assess-final-report"));
        assertThat(browser.text("total-spent")).isEqualTo("300 000 kr");
        assertThat(browser.text("results")).contains("Idéslussens arbetssätt", "innovation@sundsvall.se", "CC BY 4.0");
        browser.screenshot("final-report-assessment");
        browser.choose("assess:score", "6");
        browser.type("assess:assessment", "Tydliga resultat som andra kan använda.");
        browser.click("assess:approve");
        assertThat(browser.pageText()).contains("Slutrapporten för " + applicationNumber + " är godkänd");

        browser.signIn("fatima");
        browser.click("nav-finance");
        browser.click("recovery-claims");
        // the closing is a job of the process that runs once the approval has committed
        for (int attempt = 0; attempt < 60 && !browser.pageText().contains(applicationNumber); attempt++) {
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            browser.reload();
        }
        assertThat(browser.all(By.xpath("//*[@id='claims']//tbody/tr"))).extracting(row -> row.getText().replace('\u00A0', ' '))
                .anySatisfy(row -> assertThat(row).contains(applicationNumber, "375 000 kr", "300 000 kr", "75 000 kr", "Öppet"));
        browser.clickLink(By.xpath("//a[contains(@href,'claim=') and contains(.,'" + applicationNumber + "')]"));
        browser.typeDate("recovery:recoveredOn", LocalDate.now(STOCKHOLM).toString());
        browser.type("recovery:reference", "BG 5050-1055 / 77");
        browser.screenshot("recovery-claim");
        browser.click("recovery:record");
        assertThat(browser.pageText()).contains("Återbetalningen för " + applicationNumber + " är registrerad");
    }

    /** The report form as the coordinator fills it in each version: twelve ideas, thirty employees, one tag of each kind. */
    private void fillReport(String narrative) {
        browser.type("report:narrative", narrative);
        browser.type(indicatorOf("Inkomna idéer"), "12");
        browser.type(indicatorOf("Testade idéer"), "3");
        browser.type(indicatorOf("Genomförda idéer"), "4");
        browser.type(indicatorOf("Medverkande medarbetare"), "30");
        browser.type(indicatorOf("Medverkande invånare eller företag"), "150");
        browser.type(indicatorOf("Nya tjänster"), "1");
        browser.find(By.xpath("//label[.='Brist på tid']")).click();
        browser.find(By.xpath("//label[.='Engagerad ledning']")).click();
    }

    private static By taskLink(String page) {
        return By.xpath("//a[contains(@href,'" + page + "') and contains(@href,'number=" + applicationNumber + "')]");
    }

    private static String numberOf(String url) {
        return url.replaceAll(".*[?&]number=([^&#]+).*", "$1");
    }

    @Test
    @Order(16)
    void textTypedWhenTheSessionRunsOutIsKeptAndTheDraftSavesItself() {
        browser.signIn("anna");
        browser.open("public/calls.xhtml");
        browser.clickLink(By.xpath("//tr[td[text()='" + CALL_TITLE + "']]//a"));
        browser.type("application:title", "Autosparad " + RUN);
        browser.find(By.id("application:summary")).click();
        assertThat(browser.textWhenPresent("autosave-status")).startsWith("Utkastet sparades automatiskt");

        browser.open("application/my-applications.xhtml");
        openDraft("Autosparad " + RUN);
        browser.type("application:summary", "Skrivet precis innan sessionen tog slut.");
        browser.forgetSession();
        browser.find(By.id("application:title")).click();

        browser.find(By.id("login:username")).sendKeys("anna");
        browser.find(By.id("login:password")).sendKeys("demo");
        browser.click("login:submit");
        assertThat(browser.currentUrl()).contains("edit-application.xhtml?number=");
        assertThat(browser.value("application:summary")).isEqualTo("Skrivet precis innan sessionen tog slut.");
        assertThat(browser.find(By.id("draft-restored")).isDisplayed()).isTrue();
        browser.screenshot("draft-restored-after-sign-in");
        browser.click("application:save");
        assertThat(browser.pageText()).contains("är sparat");

        openDraft("Autosparad " + RUN);
        assertThat(browser.value("application:summary")).isEqualTo("Skrivet precis innan sessionen tog slut.");
        assertThat(browser.find(By.id("draft-restored")).isDisplayed()).isFalse();

        browser.type("application:summary", "Osparat när hon loggar ut.");
        assertThat(browser.localStorageKeys()).as("the unsaved text is kept, under anna's name")
                .anyMatch(key -> key.startsWith("anslag.draft.anna."));
        // the background save of the field she leaves ends before she signs out (no race with it)
        browser.find(By.id("application:title")).click();
        browser.textBecomes("autosave-status", "Utkastet sparades automatiskt");
        // saved: no copy left (typing clears the field first, so an earlier background save may answer first)
        browser.awaitLocalStorageWithout("anslag.draft.anna.application-" + numberOf(browser.currentUrl()));
        // typed on, not cleared first: clearing would start a background save that races the sign-out
        browser.find(By.id("application:summary")).sendKeys(" Osparat igen.");
        assertThat(browser.localStorageKeys()).anyMatch(key -> key.startsWith("anslag.draft.anna."));
        browser.click("session-form:sign-out");
        assertThat(browser.localStorageKeys()).as("signing out leaves nothing typed for the next person")
                .noneMatch(key -> key.startsWith("anslag.draft."));
    }

    @Test
    @Order(17)
    void aMunicipalityEmployeeRegistersAndSignsInOnceAnAdministratorApproves() {
        String username = "sara" + RUN;
        String email = username + "@sundsvall.example";
        browser.forgetSession();
        browser.open("login.xhtml");
        browser.click("register-link");
        browser.type("register:fullName", "Sara Holm");
        browser.type("register:email", email);
        browser.pick("register:municipality", "2281", "Sundsvalls kommun (2281)");
        browser.type("register:username", username);
        browser.type("register:password", "kort");
        browser.type("register:passwordAgain", "kort");
        browser.click("register:submit");
        assertThat(browser.pageText()).contains("Lösenordet måste ha minst 12 tecken");
        assertThat(browser.value("register:email")).as("typed text is kept").isEqualTo(email);
        browser.type("register:password", "ett långt lösenord");
        browser.type("register:passwordAgain", "ett långt lösenord");
        browser.click("register:submit");
        assertThat(browser.pageText()).contains("Tack, Sara Holm! Vi har skickat ett e-postmeddelande till " + email);
        browser.screenshot("registered");

        browser.type("login:username", username);
        browser.type("login:password", "ett långt lösenord");
        browser.click("login:submit");
        assertThat(browser.allNow(By.id("signed-in-as"))).as("not before approval").isEmpty();

        var confirmation = MailServer.await(email, "Bekräfta din e-postadress för Anslag", 1, MAIL_PATIENCE);
        assertThat(confirmation).hasSize(1);
        var confirmLink = java.util.regex.Pattern.compile("confirm-email\\.xhtml\\?token=[A-Za-z0-9_-]{43}")
                .matcher(MailServer.body(confirmation.get(0)));
        assertThat(confirmLink.find()).as("the mail carries the link").isTrue();
        browser.open(confirmLink.group());
        assertThat(browser.pageText()).contains("Din e-postadress är bekräftad");
        assertThat(MailServer.await("adam@demo.anslag.se", "Ny registrering att godkänna: Sara Holm", 1, MAIL_PATIENCE)).hasSize(1);
        browser.signIn("adam");
        browser.click("nav-registrations");
        browser.clickLink(By.xpath("//tr[td[text()='" + username + "']]//input[contains(@value,'Godkänn')]"));
        assertThat(browser.pageText()).contains("Sara Holm är godkänd och kan logga in");
        assertThat(MailServer.await(email, "Ditt konto i Anslag är godkänt", 1, MAIL_PATIENCE)).hasSize(1);

        browser.signIn(username, "ett långt lösenord");
        assertThat(browser.text("signed-in-as")).contains("Sara Holm", "Sundsvalls kommun");
        assertThat(browser.heading()).isEqualTo("Mina ansökningar");
    }

    @Test
    @Order(18)
    void anAdministratorInvitesAnApplicantWhoChoosesAPasswordThroughTheLink() {
        String email = "lena" + RUN + "@timra.example";
        browser.signIn("adam");
        browser.click("nav-invitations");
        browser.type("invite:fullName", "Lena Ek");
        browser.type("invite:email", email);
        browser.choose("invite:role", "Sökande");
        browser.click("invite:send");
        assertThat(browser.pageText()).contains("Välj den kommun som den sökande tillhör");
        assertThat(browser.value("invite:email")).as("typed text is kept").isEqualTo(email);
        browser.pick("invite:organisation", "Timr", "Timrå kommun (2262)");
        browser.click("invite:send");
        assertThat(browser.pageText()).contains("Inbjudan till Lena Ek är skickad till " + email);
        assertThat(browser.text("open:invitations")).contains("Lena Ek", email, "Sökande", "Timrå kommun");
        browser.screenshot("invited");

        var invitation = MailServer.await(email, "Du är inbjuden till Anslag", 1, MAIL_PATIENCE);
        assertThat(invitation).hasSize(1);
        String body = MailServer.body(invitation.get(0));
        assertThat(body).contains("Adam Ström bjuder in dig till Anslag som sökande (Timrå kommun)",
                "Adam Ström invites you to Anslag as applicant (Timrå kommun)");
        var link = java.util.regex.Pattern.compile("accept-invitation\\.xhtml\\?token=[A-Za-z0-9_-]{43}").matcher(body);
        assertThat(link.find()).as("the mail carries the link").isTrue();

        browser.forgetSession();
        browser.open(link.group());
        assertThat(browser.text("invitation-welcome")).contains("Lena Ek", "Sökande", "Timrå kommun");
        String username = "lena" + RUN;
        browser.type("accept:username", username);
        browser.type("accept:password", "ett långt lösenord");
        browser.type("accept:passwordAgain", "ett annat lösenord");
        browser.click("accept:submit");
        assertThat(browser.pageText()).contains("Lösenorden är inte lika");
        assertThat(browser.value("accept:username")).as("typed text is kept").isEqualTo(username);
        browser.type("accept:password", "ett långt lösenord");
        browser.type("accept:passwordAgain", "ett långt lösenord");
        browser.click("accept:submit");
        assertThat(browser.pageText()).contains("Välkommen, Lena Ek! Ditt konto är skapat");

        browser.signIn(username, "ett långt lösenord");
        assertThat(browser.text("signed-in-as")).contains("Lena Ek", "Timrå kommun");

        browser.forgetSession();
        browser.open(link.group());
        assertThat(browser.text("invitation-problem")).as("the link works once").contains("Inbjudan är redan använd");
    }

    @Test
    @Order(19)
    void anApplicationFoundIneligibleGetsADecisionLetterInEnglish() throws Exception {
        String title = "Utan syfte " + RUN;
        String number = submitWithTimra(title);

        browser.signIn("maria");
        browser.clickLink(By.xpath("//a[contains(@href,'check-eligibility') and contains(@href,'number=" + number + "')]"));
        assertThat(browser.text("proposal")).isEqualTo("Ansökan uppfyller utlysningens grundkrav.");
        browser.clickLabel("Ej stödberättigad");
        browser.click("eligibility:decide");
        assertThat(browser.pageText()).as("overriding the rules needs a reason")
                .contains("Skriv en motivering när du avviker från reglernas förslag");
        browser.type("eligibility:note", "The project does not build an idea hub.");
        browser.choose("eligibility:letterLanguage", "English");
        browser.click("eligibility:decide");
        assertThat(browser.pageText()).contains("Ansökan " + number + " är inte stödberättigad");

        var letters = MailServer.await(ANNA_MAIL, "Decision on application " + number, 1, MAIL_PATIENCE);
        assertThat(letters).as("the letter is mailed once").hasSize(1);
        assertThat(MailServer.body(letters.get(0))).contains("does not meet the basic requirements",
                "The project does not build an idea hub.", "Maria Ek");

        browser.signIn("anna");
        browser.open("application/my-applications.xhtml");
        browser.clickLink(By.xpath("//a[text()='" + number + "']"));
        assertThat(browser.text("status")).isEqualTo("Ej stödberättigad");
        assertThat(browser.text("current-step")).as("the process has ended").isEmpty();
        assertThat(browser.text("letters")).contains("Decision on application " + number);
        browser.screenshot("decision-letter");
        browser.clickDownload(By.cssSelector("#letters a"));
        Path pdf = browser.awaitDownload("beslut-" + number, ".pdf");
        try (var read = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(read))
                    .contains("Decision on application " + number, "The project does not build an idea hub.", "Page 1 of 1")
                    .doesNotContain("== ");
            assertThat(read.getDocumentCatalog().getLanguage()).as("the letter's own language").isEqualTo("en");
        }
    }

    @Test
    @Order(20)
    void theAccountPagesWorkWithWrongInputAndADeactivatedUserCannotSignIn() {
        browser.signIn("adam");
        browser.open("admin/users.xhtml");
        assertThat(browser.text("users")).contains("Olof Sandin", "Sofia Lind");
        browser.clickLink(By.xpath("//a[text()='Olof Sandin']"));
        assertThat(browser.text("chosen-status")).as("the demo's deactivated account").isNotEmpty();
        browser.screenshot("admin-user");

        browser.forgetSession();
        browser.open("login.xhtml");
        browser.type("login:username", "olof");
        browser.type("login:password", "demo");
        browser.click("login:submit");
        assertThat(browser.heading()).as("a deactivated account stays on the sign-in page").isEqualTo("Logga in");
        assertThat(browser.allNow(By.id("signed-in-as"))).isEmpty();

        browser.signIn("anna");
        browser.open("account/password.xhtml");
        browser.type("change-password:currentPassword", "inte-mitt-losenord");
        browser.type("change-password:password", "ett nytt långt lösenord");
        browser.type("change-password:passwordAgain", "ett nytt långt lösenord");
        browser.click("change-password:change");
        assertThat(browser.pageText()).contains("Det nuvarande lösenordet stämmer inte");
        browser.screenshot("change-password-refused");

        browser.forgetSession();
        browser.open("forgot-password.xhtml");
        browser.type("forgot:email", "ingen-sadan@example.org");
        browser.click("forgot:send");
        assertThat(browser.pageText()).as("the answer never tells whether the address has an account")
                .contains("Om ett aktivt konto har adressen ingen-sadan@example.org har vi skickat en länk dit");
        browser.screenshot("forgot-password");
    }

    /** A coordinator's application with Timrå as confirmed partner, answered, budgeted and submitted; its number. */
    private static String submitWithTimra(String title) {
        browser.signIn("anna");
        browser.open("public/calls.xhtml");
        browser.clickLink(By.xpath("//tr[td[text()='" + CALL_TITLE + "']]//a"));
        browser.type("application:title", title);
        browser.type("application:summary", "En ansökan till journeyns utlysning.");
        browser.pick("application:partner", "2262", "Timrå kommun (2262)");
        browser.click("application:add-partner");

        browser.signIn("tomas");
        browser.click("nav-partner-requests");
        browser.clickLink(By.xpath("//tr[td[text()='" + title + "']]//a[contains(@href,'confirm-partnership')]"));
        browser.click("answer:confirm");

        answerBudgetAndSubmit(title);
        return browser.heading().replace("Ansökan ", "");
    }

    /** The coordinator answers the form, budgets 125 000 kr with 25 000 kr own co-funding and submits. */
    private static void answerBudgetAndSubmit(String title) {
        browser.signIn("anna");
        openDraft(title);
        browser.click("application:answers-link");
        browser.type(answerField(0, "text"), "Vi behöver en idésluss.");
        browser.clickLabel("Invånare");
        browser.click("answers:save");
        browser.click("back");
        browser.click("application:budget-link");
        browser.typeAndLeave("budget:rows:0:cost", "125 000");
        browser.typeAndLeave("budget:rows:0:coFunding", "25 000");
        browser.click("budget:save");
        browser.click("back");
        browser.click("application:submit");
        assertThat(browser.text("status")).isEqualTo("Inskickad");
    }

    private static void addToPool(String evaluator, boolean external, String expertise) {
        browser.choose("pool:evaluator", evaluator);
        browser.clickLabel(external ? "Extern expert" : "Intern");
        browser.type("pool:expertise", expertise);
        browser.click("pool:add");
        assertThat(browser.pageText()).contains("är tillagd i poolen");
    }

    /** A file with these bytes in a temporary folder, for the browser to upload. */
    private static Path file(String name, byte[] bytes) {
        try {
            Path folder = Files.createTempDirectory("journey-upload");
            return Files.write(folder.resolve(name), bytes);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The input of the n-th question (0-based) on the answers page. */
    private static String answerField(int question, String kind) {
        return "answers:lines:" + question + ":" + kind;
    }

    /** Opens the signed-in applicant's draft with this title from "My applications". */
    private static void openDraft(String title) {
        browser.open("application/my-applications.xhtml");
        browser.clickLink(By.xpath("//tr[td[text()='" + title + "']]//a[contains(@href,'edit-application')]"));
    }

    /** The id of the report form's excerpt field beside the term {@code label}. */
    private String excerptOf(String label) {
        return browser.find(By.xpath("//label[.='" + label + "']")).getAttribute("for").replace(":chosen", ":excerpt");
    }

    /** The id of the report form's amount field for a spending line, e.g. "Timrå kommun, Köpta tjänster". */
    private String spendingOf(String line) {
        return browser.find(By.xpath("//label[.='Använt under perioden: " + line + "']")).getAttribute("for");
    }

    /** The id of the report form's field for the indicator named {@code name}. */
    private String indicatorOf(String name) {
        List<WebElement> labels = browser.all(By.xpath("//label[contains(@for, ':indicators:')]"));
        return labels.stream().filter(label -> label.getText().startsWith(name + " (")).findFirst()
                .map(label -> label.getAttribute("for")).orElseThrow(() -> new AssertionError(
                        "no field for " + name + " among " + labels.stream().map(WebElement::getText).toList()));
    }

    /** The id prefix of a table row's fields, e.g. indicators:list:0, by the Swedish name in its first field. */
    private String rowOf(String tableId, String name) {
        String id = browser.find(By.xpath("//*[@id='" + tableId + "']//input[@value='" + name + "']")).getAttribute("id");
        return id.substring(0, id.lastIndexOf(':'));
    }
}
