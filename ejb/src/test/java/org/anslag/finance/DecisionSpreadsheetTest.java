package org.anslag.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class DecisionSpreadsheetTest {

    private static final String LABELS = "org.anslag.finance.labels";
    private static final List<DecisionRow> DECISIONS = List.of(
            new DecisionRow("IH-2026-0001", "Sundsvalls kommun", "Västernorrlands län", "Idésluss Medelpad",
                    new BigDecimal("400000"), new BigDecimal("350000"), true, LocalDate.of(2026, 5, 20), "per.manager"),
            new DecisionRow("IH-2026-0002", "Ale kommun", "Västra Götalands län", "Testbädd för välfärdsteknik",
                    new BigDecimal("500000"), BigDecimal.ZERO, false, LocalDate.of(2026, 5, 21), "per.manager"));
    /** Writing a sheet is the slow part; the tests that only read the Swedish export share one. */
    private static final byte[] SWEDISH_EXPORT = DecisionSpreadsheet.write("Idéslussar 2026", DECISIONS, swedish());

    @Test
    void theHeaderRowIsFrozenSoItStaysVisibleWhenScrolling() throws IOException {
        try (XSSFWorkbook workbook = swedishExport()) {
            PaneInformation pane = workbook.getSheetAt(0).getPaneInformation();

            assertThat(pane).isNotNull();
            assertThat(pane.isFreezePane()).isTrue();
            assertThat(pane.getHorizontalSplitPosition()).as("frozen rows").isEqualTo((short) 1);
            assertThat(pane.getVerticalSplitPosition()).as("frozen columns").isEqualTo((short) 0);
        }
    }

    @Test
    void theHeadersAreInSwedishForSwedishUsers() throws IOException {
        try (XSSFWorkbook workbook = swedishExport()) {
            assertThat(texts(workbook.getSheetAt(0).getRow(0), 9)).containsExactly("Ansökningsnummer",
                    "Koordinerande kommun", "Län", "Projekt", "Sökt belopp", "Beviljat belopp", "Beslut",
                    "Beslutsdatum", "Beslutad av");
        }
    }

    @Test
    void theHeadersAreInEnglishForEnglishUsers() throws IOException {
        try (XSSFWorkbook workbook = export("Idea hubs 2026", english())) {
            assertThat(texts(workbook.getSheetAt(0).getRow(0), 9)).containsExactly("Application number",
                    "Coordinating municipality", "County", "Project", "Requested amount", "Granted amount",
                    "Decision", "Decided on", "Decided by");
            assertThat(workbook.getSheetAt(0).getRow(2).getCell(6).getStringCellValue()).isEqualTo("Rejected");
        }
    }

    @Test
    void eachDecisionIsOneRowUnderTheHeader() throws IOException {
        try (XSSFWorkbook workbook = swedishExport()) {
            Sheet sheet = workbook.getSheetAt(0);

            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            assertThat(texts(sheet.getRow(1), 4))
                    .containsExactly("IH-2026-0001", "Sundsvalls kommun", "Västernorrlands län", "Idésluss Medelpad");
            assertThat(sheet.getRow(1).getCell(6).getStringCellValue()).isEqualTo("Beviljad");
            assertThat(sheet.getRow(2).getCell(6).getStringCellValue()).isEqualTo("Avslag");
            assertThat(sheet.getRow(2).getCell(8).getStringCellValue()).isEqualTo("per.manager");
        }
    }

    @Test
    void amountsAreNumbersInKronorSoFinanceCanSumThem() throws IOException {
        try (XSSFWorkbook workbook = swedishExport()) {
            Row granted = workbook.getSheetAt(0).getRow(1);
            Row rejected = workbook.getSheetAt(0).getRow(2);

            for (Cell amount : List.of(granted.getCell(4), granted.getCell(5), rejected.getCell(5))) {
                assertThat(amount.getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat(amount.getCellStyle().getDataFormatString()).contains("kr");
            }
            assertThat(granted.getCell(4).getNumericCellValue()).isEqualTo(400_000d);
            assertThat(granted.getCell(5).getNumericCellValue()).isEqualTo(350_000d);
            assertThat(rejected.getCell(5).getNumericCellValue()).isZero();
        }
    }

    @Test
    void theDecisionDateIsARealDate() throws IOException {
        try (XSSFWorkbook workbook = swedishExport()) {
            Cell decidedOn = workbook.getSheetAt(0).getRow(1).getCell(7);

            assertThat(decidedOn.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(decidedOn)).isTrue();
            assertThat(decidedOn.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 5, 20));
        }
    }

    @Test
    void aCallTitleWithCharactersExcelForbidsStillGivesAValidSheetName() throws IOException {
        try (XSSFWorkbook workbook = export("Idéslussar: 2026/27 [test]", swedish())) {
            String name = workbook.getSheetName(0);

            assertThat(name).startsWith("Idéslussar").contains("2026").contains("27").contains("test")
                    .doesNotContain(":", "/", "[", "]").hasSizeLessThanOrEqualTo(31);
            assertThatCode(() -> WorkbookUtil.validateSheetName(name)).doesNotThrowAnyException();
        }
    }

    @Test
    void aLongCallTitleIsCutTo31CharactersForTheSheetName() throws IOException {
        String title = "Testbäddar för välfärdsteknik i små kommuner 2026";

        try (XSSFWorkbook workbook = export(title, swedish())) {
            assertThat(workbook.getSheetName(0)).isEqualTo(title.substring(0, 31));
        }
    }

    @Test
    void aCallTitleQuotedInApostrophesStillExports() throws IOException {
        try (XSSFWorkbook workbook = export("'Vård i hemmet'", swedish())) {
            assertThat(workbook.getSheetName(0)).isEqualTo("Vård i hemmet");
        }
    }

    @Test
    void aCallTitleOfOnlyForbiddenCharactersGivesTheSheetNameBeslut() throws IOException {
        try (XSSFWorkbook workbook = export("[/]", swedish())) {
            assertThat(workbook.getSheetName(0)).isEqualTo("Beslut");
        }
    }

    @Test
    void anExportWithoutDecisionsHasOnlyTheHeader() throws IOException {
        byte[] xlsx = DecisionSpreadsheet.write("Idéslussar 2026", List.of(), swedish());

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getSheetAt(0).getLastRowNum()).isZero();
            assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("Ansökningsnummer");
        }
    }

    private static XSSFWorkbook swedishExport() {
        return read(SWEDISH_EXPORT);
    }

    private static XSSFWorkbook export(String callTitle, ResourceBundle labels) {
        return read(DecisionSpreadsheet.write(callTitle, DECISIONS, labels));
    }

    private static XSSFWorkbook read(byte[] xlsx) {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> texts(Row row, int cells) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < cells; i++) {
            texts.add(row.getCell(i).getStringCellValue());
        }
        return texts;
    }

    private static ResourceBundle swedish() {
        return ResourceBundle.getBundle(LABELS, Locale.forLanguageTag("sv"));
    }

    /** Without fallback control, a build machine with a Swedish default locale would answer in Swedish. */
    private static ResourceBundle english() {
        return ResourceBundle.getBundle(LABELS, Locale.ENGLISH,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
