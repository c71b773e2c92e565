package org.anslag.it.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * Finance downloads the workbook of a whole programme from the finance page in headless Chromium:
 * the page passes axe, the scope is chosen in the list, the button is reached with Tab and
 * pressed with Enter; the file that arrives starts with its cover sheet. A manager may do the
 * same; an applicant is refused the page.
 */
class FinanceWorkbookJourney {

    private static final String PROGRAMME = "Innovation i kommuner 2026–2028";
    private static final String RUN = Long.toString(System.currentTimeMillis() % 100_000_000);

    private static Browser browser;

    @BeforeAll
    static void startBrowser() throws Exception {
        String database = System.getProperty("it.database", "local");
        browser = new Browser(System.getProperty("app.url",
                        "http://localhost:" + (8080 + Integer.getInteger("it.port.offset", 0)) + "/anslag/"),
                Path.of(System.getProperty("screenshots.dir", "target/screenshots"), database, "finance-workbook"),
                Path.of(System.getProperty("downloads.dir", "target/downloads"), database + "-workbook-" + RUN));
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void financeChoosesTheWholeProgrammePressesDownloadWithEnterAndGetsTheWorkbookWithItsCover() throws Exception {
        browser.signIn("fatima");
        browser.open("finance/exports.xhtml");
        assertThat(browser.pageText()).contains("Ekonomiunderlag (.xlsx)", "Urval");
        browser.screenshot("finance-page");

        browser.tabTo("workbook:scope");
        browser.chooseValue("workbook:scope", browser.find(By.xpath(
                "//select[@id='workbook:scope']/optgroup[@label='" + PROGRAMME + "']/option[1]")).getAttribute("value"));
        browser.tabTo("workbook:download");
        browser.press(Keys.ENTER);
        Path file = browser.awaitDownload("ekonomi-program", ".xlsx");
        try (InputStream in = Files.newInputStream(file); Workbook workbook = new XSSFWorkbook(in)) {
            assertThat(workbook.getSheetName(0)).isEqualTo("Försättsblad");
            Sheet cover = workbook.getSheetAt(0);
            assertThat(cover.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Ekonomiunderlag – " + PROGRAMME);
            assertThat(cover.getRow(4).getCell(1).getStringCellValue()).isEqualTo("Fatima Hassan (fatima)");
            assertThat(workbook.getSheet("Betalningsliggare")).isNotNull();
            assertThat(workbook.getSheet("Indikatorer")).isNotNull();
        }
        assertThat(browser.heading()).as("the page stays").isEqualTo("Ekonomi");
        browser.screenshot("finance-page-after-download");
    }

    @Test
    void aManagerSeesTheSamePageAndAnApplicantIsRefused() {
        browser.signIn("maria");
        browser.open("finance/exports.xhtml");
        assertThat(browser.find(By.id("workbook:download")).isDisplayed()).isTrue();
        browser.screenshot("manager-finance-page");

        browser.signIn("anna");
        browser.open("finance/exports.xhtml");
        assertThat(browser.heading()).isEqualTo("Åtkomst nekad");
        assertThat(browser.allNow(By.id("workbook"))).as("no workbook form").isEmpty();
    }
}
