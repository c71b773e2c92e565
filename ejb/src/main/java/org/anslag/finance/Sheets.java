package org.anslag.finance;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ResourceBundle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * What every finance spreadsheet shares: a bold, frozen header row in the reader's language and
 * amounts stored as numbers with a kronor format, so they can be summed.
 */
final class Sheets {

    static final String MONEY_FORMAT = "#,##0 \"kr\"";

    private final XSSFWorkbook workbook = new XSSFWorkbook();
    private final Sheet sheet;
    private final CellStyle money;
    private final int columns;

    Sheets(String callTitle, ResourceBundle labels, String prefix, String... headers) {
        sheet = workbook.createSheet(safeSheetName(callTitle));
        CellStyle header = workbook.createCellStyle();
        Font bold = workbook.createFont();
        bold.setBold(true);
        header.setFont(bold);
        money = workbook.createCellStyle();
        money.setDataFormat(workbook.createDataFormat().getFormat(MONEY_FORMAT));
        Row headerRow = sheet.createRow(0);
        for (int i = 0; i < headers.length; i++) {
            Cell cell = headerRow.createCell(i);
            cell.setCellValue(labels.getString(prefix + headers[i]));
            cell.setCellStyle(header);
        }
        columns = headers.length;
    }

    Row row() {
        return sheet.createRow(sheet.getLastRowNum() + 1);
    }

    void money(Row row, int column, BigDecimal amount) {
        Cell cell = row.createCell(column);
        cell.setCellValue(amount.doubleValue());
        cell.setCellStyle(money);
    }

    CellStyle style(String format) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat(format));
        return style;
    }

    byte[] bytes() {
        sheet.createFreezePane(0, 1);
        for (int i = 0; i < columns; i++) {
            sheet.autoSizeColumn(i);
        }
        try (workbook; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Excel refuses some characters, more than 31 characters and an apostrophe at either end of a sheet name. */
    static String safeSheetName(String title) {
        String cleaned = title.replaceAll("[\\\\/?*\\[\\]:]", " ").strip();
        cleaned = cleaned.substring(0, Math.min(31, cleaned.length())).replaceAll("^'+|'+$", "").strip();
        return cleaned.isEmpty() ? "Beslut" : cleaned;
    }
}
