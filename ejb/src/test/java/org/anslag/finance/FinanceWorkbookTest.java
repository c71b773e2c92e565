package org.anslag.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** What every workbook shares: the cover sheet, and a topic sheet a controller can filter, sum and trust. */
class FinanceWorkbookTest {

    private static final List<DecisionRow> DECISIONS = List.of(
            new DecisionRow("IH-2026-0001", "Sundsvalls kommun", "Västernorrlands län", "Idésluss Medelpad",
                    new BigDecimal("400000"), new BigDecimal("350000"), true, LocalDate.of(2026, 5, 20), "per", "Idéslussar 2026"),
            new DecisionRow("IH-2026-0002", "Ale kommun", "Västra Götalands län", "Testbädd för välfärdsteknik",
                    new BigDecimal("500000"), new BigDecimal("125000.50"), true, LocalDate.of(2026, 5, 21), "per", "Idéslussar 2026"));

    private static XSSFWorkbook decisions(List<DecisionRow> rows) {
        try (FinanceWorkbook workbook = new FinanceWorkbook(Read.COVER, Read.swedish())) {
            DecisionsSheet.write(workbook, rows);
            return Read.workbook(workbook.bytes());
        }
    }

    @Test
    void theCoverSheetComesFirstAndSaysWhatWhoWhenAndWhichFilters() {
        XSSFSheet cover = decisions(DECISIONS).getSheetAt(0);

        assertThat(cover.getSheetName()).isEqualTo("Försättsblad");
        assertThat(cover.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Ekonomiunderlag – Idéslussar 2026");
        assertThat(fact(cover, 2)).containsExactly("Program", "Innovationsprogrammet");
        assertThat(fact(cover, 3)).containsExactly("Utlysning", "Idéslussar 2026");
        assertThat(fact(cover, 4)).containsExactly("Exporterad av", "Fatima Ekonom (fatima)");
        assertThat(cover.getRow(5).getCell(0).getStringCellValue()).isEqualTo("Exporterad (svensk tid, Europe/Stockholm)");
        assertThat(DateUtil.isCellDateFormatted(cover.getRow(5).getCell(1))).as("a real date and time").isTrue();
        assertThat(cover.getRow(5).getCell(1).getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2026, 12, 1, 9, 30));
    }

    @Test
    void theCoverListsEverySheetWithItsRowsAndLinksToIt() {
        XSSFWorkbook book = decisions(DECISIONS);
        XSSFSheet cover = book.getSheetAt(0);

        assertThat(fact(cover, 7)).containsExactly("Flik", "Rader");
        assertThat(cover.getRow(8).getCell(0).getStringCellValue()).isEqualTo("Beslut");
        assertThat(cover.getRow(8).getCell(1).getNumericCellValue()).isEqualTo(2d);
        assertThat(cover.getRow(8).getCell(0).getHyperlink().getAddress()).isEqualTo("'Beslut'!A1");
        assertThat(book.getNumberOfSheets()).isEqualTo(2);
        assertThat(book.getSheetName(1)).isEqualTo("Beslut");
    }

    @Test
    void theHeaderRowIsFrozenAndTheAutoFilterCoversTheHeadingAndTheDataButNotTheTotals() {
        XSSFSheet sheet = decisions(DECISIONS).getSheetAt(1);
        PaneInformation pane = sheet.getPaneInformation();

        assertThat(pane.isFreezePane()).isTrue();
        assertThat(pane.getHorizontalSplitPosition()).as("frozen rows").isEqualTo((short) 1);
        assertThat(pane.getVerticalSplitPosition()).as("frozen columns").isEqualTo((short) 0);
        assertThat(Read.autoFilter(sheet)).isEqualTo("A1:J3");
    }

    @Test
    void amountsAreNumbersInKronorAndDatesAreRealDates() {
        Row first = decisions(DECISIONS).getSheetAt(1).getRow(1);

        assertThat(first.getCell(5).getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(first.getCell(5).getNumericCellValue()).isEqualTo(350_000d);
        assertThat(first.getCell(5).getCellStyle().getDataFormatString()).isEqualTo("#,##0 \"kr\"");
        assertThat(DateUtil.isCellDateFormatted(first.getCell(7))).isTrue();
        assertThat(first.getCell(7).getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");
        assertThat(first.getCell(7).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 5, 20));
    }

    @Test
    void theTotalsRowSumsEachMoneyColumnWithAFormulaWhoseStoredResultIsRight() {
        XSSFWorkbook book = decisions(DECISIONS);
        Row totals = book.getSheetAt(1).getRow(3);

        assertThat(totals.getCell(0).getStringCellValue()).isEqualTo("Summa");
        assertThat(totals.getCell(4).getCellFormula()).isEqualTo("SUM(E2:E3)");
        assertThat(totals.getCell(5).getCellFormula()).isEqualTo("SUM(F2:F3)");
        assertThat(totals.getCell(5).getNumericCellValue()).as("the stored result").isEqualTo(475_000.5);
        assertThat(totals.getCell(5).getCellStyle().getDataFormatString()).isEqualTo("#,##0 \"kr\"");
        XSSFFormulaEvaluator evaluator = book.getCreationHelper().createFormulaEvaluator();
        assertThat(evaluator.evaluate(totals.getCell(5)).getNumberValue()).as("what Excel computes").isEqualTo(475_000.5);
        assertThat(book.getForceFormulaRecalculation()).isTrue();
    }

    @Test
    void aSheetWithoutRowsHasItsHeadingAndAZeroTotal() {
        XSSFSheet sheet = decisions(List.of()).getSheetAt(1);

        assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Ansökningsnummer");
        assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Summa");
        assertThat(sheet.getRow(1).getCell(5).getNumericCellValue()).isZero();
        assertThat(Read.autoFilter(sheet)).isEqualTo("A1:J1");
    }

    @Test
    void headingsAndCoverAreInEnglishForEnglishReaders() {
        try (FinanceWorkbook workbook = new FinanceWorkbook(Read.COVER, Read.english())) {
            DecisionsSheet.write(workbook, DECISIONS);
            XSSFWorkbook book = Read.workbook(workbook.bytes());
            assertThat(book.getSheetName(0)).isEqualTo("Cover");
            assertThat(fact(book.getSheetAt(0), 4)).containsExactly("Exported by", "Fatima Ekonom (fatima)");
            assertThat(book.getSheetName(1)).isEqualTo("Decisions");
            assertThat(book.getSheetAt(1).getRow(0).getCell(0).getStringCellValue()).isEqualTo("Application number");
            assertThat(book.getSheetAt(1).getRow(3).getCell(0).getStringCellValue()).isEqualTo("Total");
        }
    }

    @Test
    void sheetNamesExcelRefusesAreMadeValidAndUnique() {
        assertThat(FinanceWorkbook.safeSheetName("Idéslussar: 2026/27 [test]")).doesNotContain(":", "/", "[", "]");
        assertThat(FinanceWorkbook.safeSheetName("Testbäddar för välfärdsteknik i små kommuner 2026")).hasSize(31);
        assertThat(FinanceWorkbook.safeSheetName("'Vård i hemmet'")).isEqualTo("Vård i hemmet");
        try (FinanceWorkbook workbook = new FinanceWorkbook(Read.COVER, Read.swedish())) {
            DecisionsSheet.write(workbook, DECISIONS);
            DecisionsSheet.write(workbook, DECISIONS);
            XSSFWorkbook book = Read.workbook(workbook.bytes());
            assertThat(book.getSheetName(2)).isEqualTo("Beslut (2)");
            assertThatCode(() -> WorkbookUtil.validateSheetName(book.getSheetName(2))).doesNotThrowAnyException();
        }
    }

    private static List<String> fact(XSSFSheet sheet, int row) {
        return List.of(sheet.getRow(row).getCell(0).getStringCellValue(), sheet.getRow(row).getCell(1).getStringCellValue());
    }
}
