package org.anslag.finance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.anslag.application.TestApplications;
import org.anslag.review.Rankings;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The ranking sheet shows each place with its score, the running total and which side of the funding line it falls. */
class RankingSpreadsheetTest {

    @Test
    void eachPlaceShowsItsScoreRunningTotalAndTheFundingLine() throws IOException {
        var first = TestApplications.completeDraft(new BigDecimal("800000"));
        var second = TestApplications.completeDraft(new BigDecimal("400000"));
        List<Rankings.Place> places = List.of(
                new Rankings.Place(1, first, new BigDecimal("5.50"), true, new BigDecimal("800000"), true),
                new Rankings.Place(2, second, new BigDecimal("4.20"), false, new BigDecimal("1200000"), false));

        try (XSSFWorkbook sheet = new XSSFWorkbook(new ByteArrayInputStream(RankingSpreadsheet.write("Idéslussar 2026",
                places, ResourceBundle.getBundle("org.anslag.finance.labels", Locale.forLanguageTag("sv")))))) {
            Row header = sheet.getSheetAt(0).getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("Plats");
            assertThat(header.getCell(7).getStringCellValue()).isEqualTo("Sökt, ackumulerat");
            Row top = sheet.getSheetAt(0).getRow(1);
            assertThat(top.getCell(4).getNumericCellValue()).isEqualTo(5.5);
            assertThat(top.getCell(5).getStringCellValue()).isEqualTo("Samlad bedömning");
            assertThat(top.getCell(8).getStringCellValue()).isEqualTo("Ja");
            Row below = sheet.getSheetAt(0).getRow(2);
            assertThat(below.getCell(7).getNumericCellValue()).as("a number finance can sum").isEqualTo(1_200_000d);
            assertThat(below.getCell(7).getCellStyle().getDataFormatString()).isEqualTo(Sheets.MONEY_FORMAT);
            assertThat(below.getCell(5).getStringCellValue()).isEqualTo("Medel av bedömningar");
            assertThat(below.getCell(8).getStringCellValue()).isEqualTo("Under gränsen");
        }
    }
}
