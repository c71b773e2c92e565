package org.anslag.it.journey;

import static org.anslag.it.journey.FollowUpJourneyIT.CALL_PREFIX;
import static org.anslag.it.journey.FollowUpJourneyIT.FIRST_END;
import static org.anslag.it.journey.FollowUpJourneyIT.LAST_END;
import static org.anslag.it.journey.FollowUpJourneyIT.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The follow-up of a granted idea-hub project as its users walk it in Chromium (each page
 * checked with axe and photographed): anna reports period 1 with spending and an indicator,
 * lars sends it back once and approves the revision, fatima releases and pays; anna asks for an
 * end-date extension and a budget reallocation, maria approves both and per the extension (above
 * the four-eyes limit); period 2 is reported, approved and paid; the final report with a
 * reusable result and an underspend leaves a recovery claim that fatima sees and records repaid;
 * the call's workbook is downloaded and read back with POI.
 */
final class FollowUpJourney implements AutoCloseable {

    /** The extension anna asks for: two months beyond the agreed end. */
    static final LocalDate NEW_END = LAST_END.plusDays(61);
    private static final String PAYMENT_REFERENCE = "BG 5050-1055 / ";
    private static final String RECOVERY_REFERENCE = "BG 5050-1055 / återkrav";

    private final Browser browser;
    private String number;
    private String callTitle;
    private final List<Long> paid = new ArrayList<>();

    FollowUpJourney() throws IOException {
        browser = Browser.onTheApplication("follow-up", "follow-up-" + System.currentTimeMillis());
    }

    // period 1: reported, sent back once, revised, approved

    void annaReportsTheFirstPeriod() {
        browser.signIn("anna");
        browser.open("application/my-applications.xhtml");
        findTheGrant();
        assertThat(browser.text("status")).isEqualTo("Beviljad");
        assertThat(browser.text("agreement-status")).isEqualTo("Godkänt");
        assertThat(browser.all(By.xpath("//*[@id='installments']//tbody/tr"))).as("an advance and one installment per period")
                .extracting(row -> plain(row.getText()))
                .containsExactly("1 " + TODAY + " 200 000 kr Godkända villkor Frisläppt",
                        "2 " + FIRST_END.plusDays(30) + " 200 000 kr Godkänd lägesrapport 1 Planerad",
                        "3 " + LAST_END.plusDays(30) + " 200 000 kr Godkänd lägesrapport 2 Planerad");
        assertThat(browser.text("report-window-period")).isEqualTo("Period 1");
        assertThat(browser.text("report-due-on")).isEqualTo(FIRST_END.plusDays(30).toString());
        browser.screenshot("anna-granted");

        browser.click("submit-report");
        assertThat(browser.text("report-period")).isEqualTo("Rapporten gäller period 1 av 2, som slutar " + FIRST_END + ".");
        browser.type("report:narrative", "Idéslussen har öppnat; 12 idéer har kommit in.");
        fillIndicators("12", "3", "1", "25", "40");
        // half the periods have passed: half the budget, 600 000 kr, is expected by now
        browser.type(spendingOf("Sundsvalls kommun, Personal"), "290 000");
        browser.screenshot("anna-report-1");
        send("report:submit", "Lägesrapporten för " + number + " är inlämnad");
    }

    void larsSendsTheFirstReportBack() {
        browser.signIn("lars");
        browser.clickLink(taskLink("assess-progress-report"));
        assertThat(browser.text("indicators")).contains("Inkomna idéer (antal) 12 12");
        assertThat(browser.text("spending")).contains("Sundsvalls kommun Personal", "290 000 kr");
        browser.screenshot("lars-report-1");
        browser.choose("assess:score", "3");
        browser.type("assess:assessment", "Beskriv hur idéerna tas emot av verksamheterna.");
        browser.click("assess:send-back");
        assertThat(browser.pageText()).contains("Lägesrapporten för " + number + " är skickad tillbaka för komplettering");
    }

    void annaRevisesTheReportSentBack() {
        browser.signIn("anna");
        openApplication();
        browser.click("submit-report");
        assertThat(browser.text("sent-back-comment")).isEqualTo("Beskriv hur idéerna tas emot av verksamheterna.");
        assertThat(browser.value("report:narrative")).as("the revision starts from the version sent back")
                .isEqualTo("Idéslussen har öppnat; 12 idéer har kommit in.");
        assertThat(browser.value(indicatorOf("Inkomna idéer"))).isEqualTo("12");
        assertThat(plain(browser.value(spendingOf("Sundsvalls kommun, Personal")))).isEqualTo("290 000");
        browser.screenshot("anna-report-1-sent-back");
        browser.type("report:narrative", "Idéslussen har öppnat; 12 idéer har kommit in och hemtjänsten prövar tre av dem.");
        send("report:submit", "Lägesrapporten för " + number + " är inlämnad");
    }

    void larsApprovesTheRevision() {
        browser.signIn("lars");
        browser.clickLink(taskLink("assess-progress-report"));
        assertThat(browser.text("report-version")).isEqualTo("2");
        assertThat(browser.text("versions")).contains("Version 1", "Version 2", "Skickad tillbaka", "hemtjänsten prövar tre");
        browser.choose("assess:score", "6");
        browser.type("assess:assessment", "Bra start.");
        browser.click("assess:assess");
        assertThat(browser.pageText()).contains("Lägesrapporten för " + number + " är bedömd");
        browser.screenshot("lars-report-1-approved");
    }

    // the installments

    void fatimaReleasesAndPays(int installment) {
        browser.signIn("fatima");
        browser.click("nav-tasks");
        browser.clickLink(taskLink("pay-installment"));
        assertThat(browser.heading()).isEqualTo("Delutbetalning " + installment + " – " + number);
        assertThat(browser.text("installment-amount")).isEqualTo("200 000 kr");
        assertThat(browser.text("installment-status")).isEqualTo("Planerad");
        browser.click("release:release");
        assertThat(browser.pageText()).contains("Delutbetalning " + installment + " för " + number + " är frisläppt");
        pay(installment);
    }

    /** The advance was released when the agreement was accepted; finance records it paid from the plan. */
    void fatimaPaysTheAdvance() {
        browser.clickLink(By.xpath("//a[contains(@href,'payment-plans')]"));
        browser.clickLink(By.xpath("//a[contains(@href,'pay-installment') and contains(@href,'number=" + number + "&installment=1')]"));
        assertThat(browser.heading()).isEqualTo("Delutbetalning 1 – " + number);
        assertThat(browser.text("installment-status")).isEqualTo("Frisläppt");
        pay(1);
    }

    private void pay(int installment) {
        browser.typeDate("payment:paidOn", TODAY.toString());
        browser.type("payment:reference", PAYMENT_REFERENCE + installment);
        browser.screenshot("fatima-pays-" + installment);
        browser.click("payment:record");
        assertThat(browser.pageText()).contains("Delutbetalning " + installment + " för " + number + " är registrerad som utbetald");
        assertThat(browser.text("installment-status")).isEqualTo("Utbetald");
        assertThat(browser.text("paid")).contains(TODAY.toString(), PAYMENT_REFERENCE + installment);
        paid.add(200_000L);
    }

    // changes: an extension and a reallocation

    void annaAsksForAnExtensionAndAReallocation() {
        browser.signIn("anna");
        openApplication();
        browser.click("request-change");
        assertThat(browser.text("current-end")).contains(LAST_END.toString());
        browser.screenshot("anna-request-change");
        browser.typeDate("extension:newEnd", NEW_END.toString());
        browser.type("extension:justification", "Verksamheterna behöver två månader till för att pröva idéerna.");
        browser.click("extension:request-extension");
        assertThat(browser.text("changes")).contains("Förlängning av slutdatum", "Väntar på beslut");

        browser.click("request-change");
        browser.type("reallocation:justification", "Timrå köper in utbildning i idéarbete.");
        browser.click("reallocation:add-row");
        String year = browser.value("reallocation:rows:0:year");
        browser.type("reallocation:rows:0:cost", "450 000");
        browser.chooseValue("reallocation:rows:1:organisation", browser.find(By.xpath(
                "//select[@id='reallocation:rows:1:organisation']/option[contains(.,'Timrå')]")).getAttribute("value"));
        browser.type("reallocation:rows:1:year", year);
        browser.choose("reallocation:rows:1:category", "Köpta tjänster");
        browser.type("reallocation:rows:1:cost", "150 000");
        browser.type("reallocation:rows:1:coFunding", "0");
        browser.screenshot("anna-request-reallocation");
        browser.click("reallocation:request-reallocation");
        assertThat(browser.text("changes")).contains("Omfördelning av budgeten", "Förlängning av slutdatum");
    }

    /**
     * Maria decides both; a change whose amount at stake is above the call's four-eyes limit
     * (200 000 kr) then waits for per, the second manager.
     */
    void managersApproveBothChanges() {
        browser.signIn("maria");
        browser.click("nav-tasks");
        List<String> requests = browser.all(decideLinks()).stream().map(link -> link.getAttribute("href")).toList();
        assertThat(requests).as("both requests wait in Att göra").hasSize(2);
        for (String request : requests) {
            browser.open(request.substring(request.indexOf("change/")));
            assertThat(browser.text("status")).isEqualTo("Väntar på beslut");
            if (browser.text("kind").equals("Förlängning av slutdatum")) {
                assertThat(browser.text("new-end")).isEqualTo(NEW_END.toString());
            }
            browser.screenshot("maria-decides");
            browser.click("decision:approve");
        }
        browser.signIn("per");
        browser.click("nav-tasks");
        for (WebElement second : browser.all(decideLinks())) {
            String request = second.getAttribute("href");
            browser.open(request.substring(request.indexOf("change/")));
            assertThat(browser.text("status")).isEqualTo("Väntar på en andra handläggare");
            browser.screenshot("per-approves");
            browser.click("decision:approve");
        }
    }

    void theApplicationShowsTheChangesAndTheMovedEnd() {
        browser.signIn("anna");
        openApplication();
        assertThat(browser.text("changes")).contains("Förlängning av slutdatum: från " + LAST_END + " till " + NEW_END,
                "Omfördelning av budgeten: 150 000 kr flyttas", "Godkänd").doesNotContain("Väntar på");
        assertThat(browser.text("report-window-period")).isEqualTo("Period 2");
        assertThat(browser.text("report-due-on")).as("the last period ends later").isEqualTo(NEW_END.plusDays(30).toString());
        assertThat(browser.all(By.xpath("//*[@id='installments']//tbody/tr"))).extracting(row -> plain(row.getText()))
                .anySatisfy(row -> assertThat(row).startsWith("3 " + NEW_END.plusDays(30) + " 200 000 kr"));
        browser.screenshot("anna-changes-approved");
    }

    // period 2

    void annaReportsTheSecondPeriod() {
        browser.click("submit-report");
        assertThat(browser.text("report-period")).isEqualTo("Rapporten gäller period 2 av 2, som slutar " + NEW_END + ".");
        browser.type("report:narrative", "Fem idéer är i drift; Timrå har utbildat handledare.");
        fillIndicators("20", "4", "4", "30", "80");
        browser.type(spendingOf("Sundsvalls kommun, Personal"), "130 000");
        browser.type(spendingOf("Timrå kommun, Köpta tjänster"), "140 000");
        browser.screenshot("anna-report-2");
        send("report:submit", "Lägesrapporten för " + number + " är inlämnad");
    }

    void larsApprovesTheSecondReport() {
        browser.signIn("lars");
        browser.clickLink(taskLink("assess-progress-report"));
        assertThat(browser.text("indicators")).as("to date: both periods").contains("Inkomna idéer (antal) 20 32");
        assertThat(browser.text("spending")).contains("Timrå kommun Köpta tjänster", "150 000 kr", "140 000 kr");
        browser.choose("assess:score", "6");
        browser.type("assess:assessment", "Idéerna har kommit i drift.");
        browser.click("assess:assess");
        assertThat(browser.pageText()).contains("Lägesrapporten för " + number + " är bedömd");
    }

    // the final report and the recovery claim

    void annaSendsTheFinalReport() {
        browser.signIn("anna");
        openApplication();
        browser.click("submit-final-report");
        browser.type("final:outcomes", "Idéslussen tog emot 32 idéer; fem är i drift i hemtjänsten.");
        browser.type("final:results:0:resultTitle", "Idéslussens arbetssätt");
        browser.type("final:results:0:resultDescription", "Mallar och rutiner för att ta emot och pröva idéer.");
        browser.type("final:results:0:contactRole", "Innovationsledare");
        browser.type("final:results:0:contactEmail", "innovation@sundsvall.se");
        browser.chooseValue("final:results:0:licence", "CC_BY_4_0");
        browser.type("final:lessons", "Låt verksamheten äga idéerna från början.");
        browser.type("final:totalSpent", "560 000");
        browser.screenshot("anna-final-report");
        browser.click("final:submit");
        assertThat(browser.pageText()).contains("Slutrapporten för " + number + " har skickats in");
    }

    void larsApprovesTheFinalReport() {
        browser.signIn("lars");
        browser.clickLink(taskLink("assess-final-report"));
        assertThat(browser.text("total-spent")).isEqualTo("560 000 kr");
        assertThat(browser.text("results")).contains("Idéslussens arbetssätt", "Innovationsledare",
                "innovation@sundsvall.se", "CC BY 4.0");
        browser.screenshot("lars-final-report");
        browser.choose("assess:score", "6");
        browser.type("assess:assessment", "Resultat som andra kommuner kan använda.");
        browser.click("assess:approve");
        assertThat(browser.pageText()).contains("Slutrapporten för " + number + " är godkänd");
    }

    void fatimaSeesTheRecoveryClaimAndRecordsItsRepayment() {
        assertThat(paid).as("the advance and both installments").hasSize(3);
        browser.signIn("fatima");
        browser.click("nav-finance");
        browser.click("recovery-claims");
        // the project is closed (and the claim raised) by a job of the process after the approval
        for (int attempt = 0; attempt < 60 && !browser.text("claims").contains(number); attempt++) {
            sleep(500);
            browser.reload();
        }
        assertThat(browser.all(By.xpath("//*[@id='claims']//tbody/tr"))).extracting(row -> plain(row.getText()))
                .as("paid 600 000 kr, spent 560 000 kr").anySatisfy(row -> assertThat(row)
                        .contains(number, "600 000 kr", "560 000 kr", "40 000 kr", "Öppet"));
        browser.clickLink(By.xpath("//a[contains(@href,'claim=') and contains(.,'" + number + "')]"));
        assertThat(browser.text("claim-amount")).isEqualTo("40 000 kr");
        browser.typeDate("recovery:recoveredOn", TODAY.toString());
        browser.type("recovery:reference", RECOVERY_REFERENCE);
        browser.screenshot("fatima-recovery-claim");
        browser.click("recovery:record");
        assertThat(browser.pageText()).contains("Återbetalningen för " + number + " är registrerad");
    }

    // the workbook

    void fatimaDownloadsTheWorkbookOfTheCall() throws IOException {
        browser.signIn("fatima");
        browser.open("finance/exports.xhtml");
        browser.chooseValue("workbook:scope", browser.find(By.xpath(
                "//select[@id='workbook:scope']//option[normalize-space()='" + callTitle + "']")).getAttribute("value"));
        browser.screenshot("fatima-workbook");
        // a download leaves the page as it is: the button is pressed, not clicked-and-waited-for
        browser.tabTo("workbook:download");
        browser.press(Keys.ENTER);
        Path file = browser.awaitDownload("ekonomi-utlysning", ".xlsx");
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook book = new XSSFWorkbook(in)) {
            List<String> sheets = new ArrayList<>();
            book.forEach(sheet -> sheets.add(sheet.getSheetName()));
            assertThat(sheets).containsExactly("Försättsblad", "Beslut", "Betalningsliggare", "Budget och utfall",
                    "Budget per län", "Indikatorer");

            Sheet cover = book.getSheet("Försättsblad");
            assertThat(text(cover, 0, 0)).isEqualTo("Ekonomiunderlag – " + callTitle);
            assertThat(List.of(text(cover, 3, 0), text(cover, 3, 1))).containsExactly("Utlysning", callTitle);
            assertThat(text(cover, 4, 1)).isEqualTo("Fatima Hassan (fatima)");
            Cell exportedAt = cover.getRow(5).getCell(1);
            assertThat(DateUtil.isCellDateFormatted(exportedAt)).as("the export time is a date").isTrue();
            assertThat(exportedAt.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(TODAY);

            XSSFSheet ledger = book.getSheet("Betalningsliggare");
            assertThat(ledger.getPaneInformation().isFreezePane()).as("frozen header").isTrue();
            assertThat(ledger.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:L5");
            for (int installment = 1; installment <= 3; installment++) {
                Row row = ledger.getRow(installment);
                assertThat(row.getCell(0).getStringCellValue()).isEqualTo(number);
                assertThat(row.getCell(1).getNumericCellValue()).isEqualTo(installment);
                assertThat(row.getCell(3).getStringCellValue()).isEqualTo("Utbetald");
                assertThat(List.of(row.getCell(4).getNumericCellValue(), row.getCell(5).getNumericCellValue(),
                        row.getCell(6).getNumericCellValue())).as("planned, released, paid").containsExactly(200_000d, 200_000d, 200_000d);
                assertThat(DateUtil.isCellDateFormatted(row.getCell(7))).as("paid on is a date").isTrue();
                assertThat(row.getCell(7).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(TODAY);
                assertThat(row.getCell(8).getStringCellValue()).isEqualTo(PAYMENT_REFERENCE + installment);
                assertThat(row.getCell(6).getCellStyle().getDataFormatString()).isEqualTo("#,##0 \"kr\"");
            }
            Row claim = ledger.getRow(4);
            assertThat(List.of(claim.getCell(1).getStringCellValue(), claim.getCell(3).getStringCellValue()))
                    .containsExactly("Återkrav", "Återkrav, återbetalt");
            assertThat(List.of(claim.getCell(10).getNumericCellValue(), claim.getCell(11).getNumericCellValue()))
                    .as("claimed and recovered").containsExactly(40_000d, 40_000d);
            assertThat(claim.getCell(8).getStringCellValue()).isEqualTo(RECOVERY_REFERENCE);
            Row totals = ledger.getRow(5);
            assertThat(totals.getCell(6).getCellFormula()).isEqualTo("SUM(G2:G5)");
            assertThat(book.getCreationHelper().createFormulaEvaluator().evaluate(totals.getCell(6)).getNumberValue())
                    .as("paid in total").isEqualTo(600_000d);

            Row decision = book.getSheet("Beslut").getRow(1);
            assertThat(decision.getCell(0).getStringCellValue()).isEqualTo(number);
            assertThat(decision.getCell(5).getNumericCellValue()).isEqualTo(600_000d);

            Sheet budget = book.getSheet("Budget och utfall");
            assertThat(rowsOf(budget)).as("the reallocated budget against what the reports spent")
                    .anySatisfy(row -> assertThat(row).startsWith(number + " | Sundsvalls kommun | Västernorrlands län | 450000.0 | 420000.0"))
                    .anySatisfy(row -> assertThat(row).startsWith(number + " | Timrå kommun | Västernorrlands län | 150000.0 | 140000.0"));
            assertThat(budget.getRow(1).getCell(5).getCellFormula()).isEqualTo("D2-E2");

            assertThat(rowsOf(book.getSheet("Indikatorer"))).as("each period's figure and the total to date")
                    .anySatisfy(row -> assertThat(row).contains("Inkomna idéer | antal | 1.0 | 12.0 | 12.0"))
                    .anySatisfy(row -> assertThat(row).contains("Inkomna idéer | antal | 2.0 | 20.0 | 32.0"));
        }
        assertThat(browser.heading()).as("the page stays").isEqualTo("Ekonomi");
    }

    // helpers

    /** Anna's newest application to a journey call is the grant walked here (earlier runs leave theirs). */
    private void findTheGrant() {
        List<WebElement> rows = browser.all(By.xpath("//*[@id='applications']//tbody/tr[td[contains(.,'" + CALL_PREFIX + "')]]"));
        assertThat(rows).as("the granted project in anna's list").isNotEmpty();
        WebElement newest = rows.stream().max(Comparator.comparingLong(row -> Long.parseLong(
                row.getText().replaceAll("(?s).*" + CALL_PREFIX + "(\\d+).*", "$1")))).orElseThrow();
        callTitle = CALL_PREFIX + newest.getText().replaceAll("(?s).*" + CALL_PREFIX + "(\\d+).*", "$1");
        number = newest.findElement(By.xpath("./td[1]//a")).getText().trim();
        browser.clickLink(By.xpath("//a[contains(@href,'application.xhtml') and normalize-space()='" + number + "']"));
    }

    private void openApplication() {
        browser.open("application/application.xhtml?number=" + number);
    }

    /** Sends the report; a spending line more than 10 % off what was expected by now is explained first. */
    private void send(String button, String confirmation) {
        browser.click(button);
        if (!browser.pageText().contains(confirmation)) {
            assertThat(browser.pageText()).contains("Förklara avvikelsen");
            for (WebElement explanation : browser.all(By.xpath("//textarea[contains(@id,':explanation')]"))) {
                browser.type(explanation.getAttribute("id"), "Upphandlingen blev klar senare än planerat.");
            }
            browser.click(button);
        }
        assertThat(browser.pageText()).contains(confirmation);
    }

    /** The call's five idea-hub indicators, each required for the period. */
    private void fillIndicators(String received, String tested, String implemented, String staff, String residents) {
        browser.type(indicatorOf("Inkomna idéer"), received);
        browser.type(indicatorOf("Testade idéer"), tested);
        browser.type(indicatorOf("Genomförda idéer"), implemented);
        browser.type(indicatorOf("Medverkande medarbetare"), staff);
        browser.type(indicatorOf("Medverkande invånare eller företag"), residents);
    }

    private By taskLink(String page) {
        return By.xpath("//a[contains(@href,'" + page + "') and contains(@href,'number=" + number + "')]");
    }

    private By decideLinks() {
        return By.xpath("//a[contains(@href,'decide-change') and contains(@href,'number=" + number + "')]");
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

    private static List<String> rowsOf(Sheet sheet) {
        List<String> rows = new ArrayList<>();
        for (Row row : sheet) {
            List<String> cells = new ArrayList<>();
            row.forEach(cell -> cells.add(switch (cell.getCellType()) {
                case NUMERIC -> Double.toString(cell.getNumericCellValue());
                case STRING -> cell.getStringCellValue();
                case FORMULA -> "=" + cell.getCellFormula();
                default -> "";
            }));
            rows.add(String.join(" | ", cells));
        }
        return rows;
    }

    private static String text(Sheet sheet, int row, int column) {
        return sheet.getRow(row).getCell(column).getStringCellValue();
    }

    private static String plain(String text) {
        return text.replace('\u00A0', ' ').replace('\u202F', ' ');
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    @Override
    public void close() {
        browser.close();
    }
}
