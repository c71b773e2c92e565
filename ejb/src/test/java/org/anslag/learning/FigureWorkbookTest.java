package org.anslag.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class FigureWorkbookTest {

    private final Figure figure = new Figure("Kommuner per län",
            List.of(new Figure.Filter("Program", "Innovation i kommuner"), new Figure.Filter("Utlysning", "Alla")),
            List.of("Län", "Kommuner som deltar", "Andel", "Beviljat"),
            List.of(List.of("Västernorrlands län", 3, new Figure.Share(0.4286), new BigDecimal("1250000")),
                    List.of("Norrbottens län, \"norr\"", 1, new Figure.Share(0.0714), new BigDecimal("600000"))));

    @Test
    void theWorkbookCarriesItsFiltersOnTheCoverAndTheFiguresInTheirFormats() throws Exception {
        var out = new ByteArrayOutputStream();
        FigureWorkbook.write(figure, new FigureWorkbook.CoverLabels("Om uttaget", "Urval", "Uttaget av", "Uttaget"),
                "Maria Ek", ZonedDateTime.of(2026, 12, 1, 9, 30, 0, 0, ZoneId.of("Europe/Stockholm")), out);
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet cover = book.getSheet("Om uttaget");
            assertThat(cover.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Kommuner per län");
            assertThat(cover.getRow(3).getCell(1).getStringCellValue()).isEqualTo("Innovation i kommuner");
            assertThat(cover.getRow(4).getCell(0).getStringCellValue()).isEqualTo("Utlysning");
            assertThat(cover.getRow(6).getCell(1).getStringCellValue()).isEqualTo("Maria Ek");
            XSSFSheet figures = book.getSheet("Kommuner per län");
            assertThat(figures.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Kommuner som deltar");
            assertThat(figures.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(3);
            assertThat(figures.getRow(1).getCell(2).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
            assertThat(figures.getRow(2).getCell(3).getCellStyle().getDataFormatString()).isEqualTo("#,##0 \"kr\"");
            assertThat(figures.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:D3");
            assertThat(figures.getPaneInformation().isFreezePane()).isTrue();
        }
    }

    @Test
    void theCsvQuotesTextWithCommasAndKeepsNumbersPlain() {
        var out = new StringWriter();
        FigureCsv.write(figure, out);
        assertThat(out.toString()).isEqualTo("Län,Kommuner som deltar,Andel,Beviljat\r\n"
                + "Västernorrlands län,3,0.4286,1250000\r\n"
                + "\"Norrbottens län, \"\"norr\"\"\",1,0.0714,600000\r\n");
    }
}
