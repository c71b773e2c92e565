package org.anslag.finance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.anslag.application.TestApplications;
import org.anslag.award.DisbursementPlan;
import org.anslag.award.Disbursements;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Finance reads each installment as a row: when it may be paid, how much, and what it waits for. */
class PaymentPlanSpreadsheetTest {

    @Test
    void oneRowPerInstallmentWithDateAmountAndWhatItWaitsFor() throws IOException {
        var application = TestApplications.completeDraft(new BigDecimal("800000"));
        var installments = DisbursementPlan.of(application, new BigDecimal("600000"), LocalDate.of(2026, 6, 10),
                List.of(LocalDate.of(2026, 12, 31)));

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(PaymentPlanSpreadsheet.write("Idéslussar 2026",
                List.of(new Disbursements.Plan(application, null, new BigDecimal("600000"), installments)),
                ResourceBundle.getBundle("org.anslag.finance.labels", Locale.forLanguageTag("sv")))))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(6).getStringCellValue()).isEqualTo("Väntar på");
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            Row advance = sheet.getRow(1);
            assertThat(advance.getCell(3).getNumericCellValue()).isEqualTo(1d);
            assertThat(advance.getCell(5).getNumericCellValue()).isEqualTo(300_000d);
            assertThat(advance.getCell(5).getCellStyle().getDataFormatString()).isEqualTo(Sheets.MONEY_FORMAT);
            assertThat(advance.getCell(6).getStringCellValue()).isEqualTo("Godkänt avtal");
            Row afterReport = sheet.getRow(2);
            assertThat(DateUtil.isCellDateFormatted(afterReport.getCell(4))).isTrue();
            assertThat(afterReport.getCell(4).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2027, 1, 30));
            assertThat(afterReport.getCell(6).getStringCellValue()).isEqualTo("Godkänd lägesrapport 1");
            assertThat(afterReport.getCell(7).getStringCellValue()).isEqualTo("Planerad");
        }
    }
}
