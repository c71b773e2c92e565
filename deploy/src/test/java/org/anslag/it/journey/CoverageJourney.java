package org.anslag.it.journey;

import static org.anslag.it.journey.CoverageJourneyIT.CALL_PREFIX;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * What maria (programme manager) and the public see of the programme's coverage of the
 * municipalities, walked in Chromium; each page is checked by axe in Swedish and English.
 */
final class CoverageJourney implements AutoCloseable {

    private final Browser browser;
    private String number;

    CoverageJourney() throws IOException {
        browser = Browser.onTheApplication("coverage", "coverage-" + System.currentTimeMillis());
    }

    void mariaOpensLearningWithTheKeyboard() {
        browser.signIn("maria");
        browser.tabToAndPressEnter("nav-learning", 60);
        assertThat(browser.currentUrl()).contains("learning/coverage.xhtml");
        assertThat(browser.heading()).isEqualTo("Kommuner som deltar");
        assertThat(browser.text("coverage-headline")).matches("\\d+ av 290 kommuner deltar \\(\\d+ %\\)\\. \\d+ har beviljade projekt\\. "
                + "\\d+ kommuner till har tagit till sig resultat\\.");
        browser.screenshot("maria-coverage");
    }

    void theMapBesideTheCountyTableShowsSundsvallAndTimra() {
        assertThat(browser.all(By.cssSelector("#coverage-map path[id^='municipality-']"))).hasSize(290);
        assertThat(browser.find(By.id("municipality-2281")).getAttribute("class")).isEqualTo("coverage-coordinator");
        assertThat(browser.find(By.id("municipality-2262")).getAttribute("class")).isIn("coverage-partner", "coverage-coordinator");
        assertThat(browser.find(By.cssSelector("#municipality-2281 > title")).getAttribute("textContent"))
                .isEqualTo("Sundsvalls kommun (Västernorrlands län): Koordinerar beviljat projekt (mörk, tjock kant)");
        assertThat(browser.all(By.cssSelector("#coverage-legend li"))).hasSize(5);
        WebElement vasternorrland = browser.find(By.cssSelector("#coverage-by-county tr[data-county='22']"));
        assertThat(vasternorrland.findElement(By.tagName("th")).getText()).isEqualTo("Västernorrlands län");
        assertThat(vasternorrland.findElements(By.tagName("td")).get(0).getText()).isEqualTo("7");
        assertThat(Integer.parseInt(vasternorrland.findElements(By.tagName("td")).get(2).getText())).isGreaterThanOrEqualTo(2);
        assertThat(browser.all(By.cssSelector("#coverage-by-county tbody tr"))).hasSize(21);

        WebElement map = browser.find(By.id("coverage-map"));
        WebElement table = browser.find(By.id("coverage-by-county"));
        assertThat(table.getLocation().getX()).as("the table beside the map on a wide screen").isGreaterThan(map.getLocation().getX() + 100);
        browser.viewportWidth(600);
        assertThat(table.getLocation().getY()).as("the table below the map on a narrow screen")
                .isGreaterThan(map.getLocation().getY() + map.getSize().getHeight() - 1);
        browser.screenshot("maria-coverage-narrow");
        browser.fullWindow();
    }

    void mariaFiltersByCallTypeWithTheKeyboard() {
        browser.tabTo("filter-type");
        browser.press(Keys.ARROW_DOWN, Keys.ARROW_DOWN);
        assertThat(browser.value("filter-type")).isEqualTo("TEST_BED");
        browser.tabTo("filter-show");
        browser.pressAndWaitForPage(Keys.ENTER);
        assertThat(browser.currentUrl()).contains("type=TEST_BED");
        assertThat(browser.value("filter-type")).as("the chosen filter stays chosen").isEqualTo("TEST_BED");
        assertThat(browser.value("filter-programme")).as("no programme chosen").isEmpty();
        assertThat(browser.find(By.id("municipality-2281")).getAttribute("class")).isEqualTo("coverage-coordinator");
        assertThat(browser.text("coverage-by-call-type")).contains("Testbädd").doesNotContain("Idésluss");
    }

    void mariaDownloadsTheCountyFigure() throws IOException {
        browser.clickDownload(By.cssSelector("a[href*='coverage-by-county.xlsx']"));
        Path file = browser.awaitDownload(".xlsx");
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook book = new XSSFWorkbook(in)) {
            var sheet = book.getSheetAt(book.getNumberOfSheets() - 1);
            List<String> counties = new java.util.ArrayList<>();
            for (Row row : sheet) {
                if (row.getCell(0) != null) {
                    counties.add(row.getCell(0).toString());
                }
            }
            assertThat(counties).contains("Län", "Västernorrlands län", "Stockholms län");
        }
    }

    void theCoveragePageReadsInEnglish() {
        browser.click("session-form:lang-en");
        assertThat(browser.heading()).isEqualTo("Municipalities taking part");
        assertThat(browser.text("coverage-headline")).matches("\\d+ of 290 municipalities take part \\(\\d+ %\\)\\..*");
        assertThat(browser.find(By.cssSelector("#coverage-by-county caption")).getText()).isEqualTo("Participating municipalities by county");
        browser.screenshot("maria-coverage-en");
        browser.click("session-form:lang-sv");
    }

    void thePublicReadsTheCoverage() {
        findTheProject();
        browser.forgetSession();
        browser.open("public/coverage.xhtml");
        assertThat(browser.heading()).isEqualTo("Kommuner som deltar i programmen");
        assertThat(browser.find(By.id("municipality-2281")).getAttribute("class")).isEqualTo("coverage-coordinator");
        assertThat(browser.allNow(By.cssSelector("a[href*='api/learning']"))).isEmpty();
        browser.screenshot("public-coverage");
        browser.click("session-form:lang-en");
        assertThat(browser.heading()).isEqualTo("Municipalities taking part in the programmes");
        browser.click("session-form:lang-sv");
    }

    void thePublicReadsTheSuggestionsOfTheProject() {
        browser.open("public/suggestions.xhtml?project=" + number);
        assertThat(browser.find(By.cssSelector("#adoption-suggestions li[data-code='2260']")).getText())
                .startsWith("Ånge kommun:").contains("gränsar till Sundsvalls kommun");
        assertThat(browser.allNow(By.cssSelector("#adoption-suggestions li[data-code='2281']"))).isEmpty();
        browser.screenshot("public-suggestions");
        browser.click("session-form:lang-en");
        browser.screenshot("public-suggestions-en");
        assertThat(browser.find(By.cssSelector("#adoption-suggestions li[data-code='2260']")).getText())
                .startsWith("Ånge kommun:").contains("borders Sundsvalls kommun");
        browser.click("session-form:lang-sv");
    }

    /** The journey's project, as anna finds it in her applications. */
    private void findTheProject() {
        browser.signIn("anna");
        browser.open("application/my-applications.xhtml");
        List<WebElement> rows = browser.all(By.xpath("//*[@id='applications']//tbody/tr[td[contains(.,'" + CALL_PREFIX + "')]]"));
        assertThat(rows).as("the funded project in anna's list").isNotEmpty();
        WebElement newest = rows.stream().max(Comparator.comparingLong(row -> Long.parseLong(
                row.getText().replaceAll("(?s).*" + CALL_PREFIX + "(\\d+).*", "$1")))).orElseThrow();
        number = newest.findElement(By.xpath("./td[1]//a")).getText().trim();
    }

    @Override
    public void close() {
        browser.close();
    }
}
