package org.anslag.finance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.anslag.application.TestApplications;
import org.anslag.award.DisbursementPlan;
import org.anslag.award.Disbursements;
import org.anslag.award.Installment;
import org.anslag.award.RecoveryClaim;
import org.anslag.followup.ReportOutcome;
import org.anslag.review.Rankings;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Each topic's sheet read back: its figures, formats and formulas. */
class TopicSheetsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    @Test
    void theLedgerHasOneRowPerInstallmentThenTheRecoveryClaimsAndTotalsPerColumn() {
        List<LedgerRow> rows = List.of(
                LedgerRow.installment("IH-2026-0001", 1, LocalDate.of(2026, 6, 10), new BigDecimal("250000"),
                        Installment.Status.PAID, LocalDate.of(2026, 6, 12), "BG-1", null, null, TODAY),
                LedgerRow.installment("IH-2026-0001", 2, LocalDate.of(2026, 11, 30), new BigDecimal("250000"),
                        Installment.Status.PLANNED, null, null, 1, ReportOutcome.SENT_BACK, TODAY),
                LedgerRow.claim("IH-2026-0001", TODAY, new BigDecimal("40000"), RecoveryClaim.Status.RECOVERED,
                        TODAY, "ÅK-1"));
        XSSFWorkbook book = written(workbook -> LedgerSheet.write(workbook, rows.iterator()));
        XSSFSheet ledger = book.getSheet("Betalningsliggare");

        assertThat(ledger.getRow(0).getLastCellNum()).isEqualTo((short) 12);
        Row paid = ledger.getRow(1);
        assertThat(paid.getCell(1).getNumericCellValue()).isEqualTo(1d);
        assertThat(paid.getCell(3).getStringCellValue()).isEqualTo("Utbetald");
        assertThat(paid.getCell(6).getNumericCellValue()).isEqualTo(250_000d);
        assertThat(DateUtil.isCellDateFormatted(paid.getCell(7))).isTrue();
        assertThat(paid.getCell(7).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 6, 12));
        assertThat(paid.getCell(8).getStringCellValue()).isEqualTo("BG-1");
        Row held = ledger.getRow(2);
        assertThat(held.getCell(3).getStringCellValue()).isEqualTo("Innehållen: rapporten återsänd för komplettering");
        assertThat(held.getCell(5)).as("not released").isNull();
        assertThat(held.getCell(9).getNumericCellValue()).isEqualTo(250_000d);
        Row claim = ledger.getRow(3);
        assertThat(claim.getCell(1).getStringCellValue()).isEqualTo("Återkrav");
        assertThat(claim.getCell(10).getNumericCellValue()).isEqualTo(40_000d);
        assertThat(claim.getCell(11).getNumericCellValue()).isEqualTo(40_000d);
        Row totals = ledger.getRow(4);
        assertThat(totals.getCell(4).getCellFormula()).isEqualTo("SUM(E2:E4)");
        assertThat(totals.getCell(4).getNumericCellValue()).isEqualTo(500_000d);
        assertThat(totals.getCell(9).getCellFormula()).isEqualTo("SUM(J2:J4)");
        assertThat(totals.getCell(11).getNumericCellValue()).isEqualTo(40_000d);
        assertThat(Read.autoFilter(ledger)).isEqualTo("A1:L4");
    }

    @Test
    void budgetAgainstSpendingPerOrganisationAndPerCountyWithWhatIsLeftAsAFormula() {
        List<BudgetOutturn> rows = List.of(
                new BudgetOutturn("IH-2026-0001", "Sundsvalls kommun", "Västernorrlands län", new BigDecimal("600000"),
                        new BigDecimal("150000")),
                new BudgetOutturn("IH-2026-0001", "Timrå kommun", "Västernorrlands län", new BigDecimal("200000"),
                        new BigDecimal("250000")),
                new BudgetOutturn("IH-2026-0002", "Luleå kommun", "Norrbottens län", new BigDecimal("100000"), BigDecimal.ZERO));
        XSSFWorkbook book = written(workbook -> BudgetSheets.write(workbook, rows));
        XSSFFormulaEvaluator evaluator = book.getCreationHelper().createFormulaEvaluator();

        XSSFSheet organisations = book.getSheet("Budget och utfall");
        Row timra = organisations.getRow(2);
        assertThat(timra.getCell(1).getStringCellValue()).isEqualTo("Timrå kommun");
        assertThat(timra.getCell(2).getStringCellValue()).isEqualTo("Västernorrlands län");
        assertThat(timra.getCell(5).getCellFormula()).isEqualTo("D3-E3");
        assertThat(timra.getCell(5).getNumericCellValue()).as("overspent").isEqualTo(-50_000d);
        assertThat(evaluator.evaluate(timra.getCell(6)).getNumberValue()).isEqualTo(1.25);
        assertThat(timra.getCell(6).getCellStyle().getDataFormatString()).isEqualTo("0.0 %");
        Row totals = organisations.getRow(4);
        assertThat(totals.getCell(3).getCellFormula()).isEqualTo("SUM(D2:D4)");
        assertThat(totals.getCell(5).getNumericCellValue()).isEqualTo(500_000d);
        assertThat(evaluator.evaluate(totals.getCell(5)).getNumberValue()).isEqualTo(500_000d);

        XSSFSheet counties = book.getSheet("Budget per län");
        assertThat(counties.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Norrbottens län");
        Row vasternorrland = counties.getRow(2);
        assertThat(vasternorrland.getCell(0).getStringCellValue()).isEqualTo("Västernorrlands län");
        assertThat(vasternorrland.getCell(1).getNumericCellValue()).isEqualTo(800_000d);
        assertThat(vasternorrland.getCell(2).getNumericCellValue()).isEqualTo(400_000d);
        assertThat(evaluator.evaluate(vasternorrland.getCell(4)).getNumberValue()).isEqualTo(0.5);
    }

    @Test
    void indicatorsPerProjectAndPeriodWithTheTotalToDateAndTheTarget() {
        List<IndicatorFigure> figures = List.of(
                new IndicatorFigure("IH-2026-0001", "Idésluss Medelpad", "Inkomna idéer", "COUNT", 1, new BigDecimal("12"),
                        new BigDecimal("12"), new BigDecimal("40")),
                new IndicatorFigure("IH-2026-0001", "Idésluss Medelpad", "Inkomna idéer", "COUNT", 2, new BigDecimal("9"),
                        new BigDecimal("21"), new BigDecimal("40")),
                new IndicatorFigure("IH-2026-0001", "Idésluss Medelpad", "Medverkande medarbetare", "PEOPLE", 2,
                        new BigDecimal("7.5"), null, null));
        XSSFSheet sheet = written(workbook -> IndicatorSheet.write(workbook, figures)).getSheet("Indikatorer");

        Row second = sheet.getRow(2);
        assertThat(second.getCell(2).getStringCellValue()).isEqualTo("Inkomna idéer");
        assertThat(second.getCell(3).getStringCellValue()).isEqualTo("antal");
        assertThat(second.getCell(4).getNumericCellValue()).isEqualTo(2d);
        assertThat(second.getCell(5).getNumericCellValue()).isEqualTo(9d);
        assertThat(second.getCell(6).getNumericCellValue()).isEqualTo(21d);
        assertThat(second.getCell(7).getNumericCellValue()).isEqualTo(40d);
        assertThat(sheet.getRow(3).getCell(5).getNumericCellValue()).isEqualTo(7.5);
        assertThat(sheet.getRow(3).getCell(6)).as("not cumulative").isNull();
    }

    @Test
    void thePaymentPlansSayWhatEachInstallmentWaitsFor() {
        var application = TestApplications.completeDraft(new BigDecimal("800000"));
        var installments = DisbursementPlan.of(application, new BigDecimal("600000"), LocalDate.of(2026, 6, 10),
                List.of(LocalDate.of(2026, 12, 31)));
        XSSFSheet sheet = written(workbook -> PaymentPlanSheet.write(workbook,
                List.of(new Disbursements.Plan(application, null, new BigDecimal("600000"), installments))))
                .getSheet("Utbetalningsplaner");

        assertThat(sheet.getRow(0).getCell(6).getStringCellValue()).isEqualTo("Väntar på");
        assertThat(sheet.getRow(1).getCell(5).getNumericCellValue()).isEqualTo(300_000d);
        assertThat(sheet.getRow(1).getCell(6).getStringCellValue()).isEqualTo("Godkänt avtal");
        Row afterReport = sheet.getRow(2);
        assertThat(afterReport.getCell(4).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2027, 1, 30));
        assertThat(afterReport.getCell(6).getStringCellValue()).isEqualTo("Godkänd lägesrapport 1");
        assertThat(afterReport.getCell(7).getStringCellValue()).isEqualTo("Planerad");
        assertThat(sheet.getRow(3).getCell(5).getCellFormula()).isEqualTo("SUM(F2:F3)");
    }

    @Test
    void theRankingShowsScoreRunningTotalAndTheFundingLine() {
        var first = TestApplications.completeDraft(new BigDecimal("800000"));
        var second = TestApplications.completeDraft(new BigDecimal("400000"));
        List<Rankings.Place> places = List.of(
                new Rankings.Place(1, first, new BigDecimal("5.50"), true, new BigDecimal("800000"), true),
                new Rankings.Place(2, second, new BigDecimal("4.20"), false, new BigDecimal("1200000"), false));
        XSSFSheet sheet = written(workbook -> RankingSheet.write(workbook, places)).getSheet("Rangordning");

        assertThat(sheet.getRow(0).getCell(7).getStringCellValue()).isEqualTo("Sökt, ackumulerat");
        assertThat(sheet.getRow(1).getCell(4).getNumericCellValue()).isEqualTo(5.5);
        assertThat(sheet.getRow(1).getCell(5).getStringCellValue()).isEqualTo("Samlad bedömning");
        assertThat(sheet.getRow(2).getCell(7).getNumericCellValue()).isEqualTo(1_200_000d);
        assertThat(sheet.getRow(2).getCell(8).getStringCellValue()).isEqualTo("Under gränsen");
    }

    private static XSSFWorkbook written(Consumer<FinanceWorkbook> sheets) {
        try (FinanceWorkbook workbook = new FinanceWorkbook(Read.COVER, Read.swedish())) {
            sheets.accept(workbook);
            return Read.workbook(workbook.bytes());
        }
    }
}
