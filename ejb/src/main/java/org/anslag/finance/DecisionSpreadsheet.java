package org.anslag.finance;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.ResourceBundle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The decisions of one call as an .xlsx sheet: header row frozen, amounts stored as numbers
 * with a kronor format so finance can sum them, dates as real dates.
 */
public final class DecisionSpreadsheet {

    static final String MONEY_FORMAT = "#,##0 \"kr\"";
    private static final String[] HEADERS = {"number", "coordinator", "county", "title", "requested", "granted",
            "decision", "decidedOn", "decidedBy"};

    private DecisionSpreadsheet() {
    }

    public static byte[] write(String callTitle, List<DecisionRow> rows, ResourceBundle labels) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(safeSheetName(callTitle));
            CellStyle header = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            CellStyle money = workbook.createCellStyle();
            money.setDataFormat(workbook.createDataFormat().getFormat(MONEY_FORMAT));
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));

            Row headerRow = sheet.createRow(0);
            for (int i = 0; i < HEADERS.length; i++) {
                Cell cell = headerRow.createCell(i);
                cell.setCellValue(labels.getString("export.decisions." + HEADERS[i]));
                cell.setCellStyle(header);
            }
            int rowIndex = 1;
            for (DecisionRow decision : rows) {
                Row row = sheet.createRow(rowIndex++);
                row.createCell(0).setCellValue(decision.applicationNumber());
                row.createCell(1).setCellValue(decision.coordinator());
                row.createCell(2).setCellValue(decision.county());
                row.createCell(3).setCellValue(decision.title());
                moneyCell(row, 4, decision.requested(), money);
                moneyCell(row, 5, decision.granted(), money);
                row.createCell(6).setCellValue(labels.getString(decision.isGranted()
                        ? "export.decisions.granted.yes" : "export.decisions.granted.no"));
                Cell decided = row.createCell(7);
                decided.setCellValue(decision.decidedOn());
                decided.setCellStyle(date);
                row.createCell(8).setCellValue(decision.decidedBy());
            }
            sheet.createFreezePane(0, 1);
            for (int i = 0; i < HEADERS.length; i++) {
                sheet.autoSizeColumn(i);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void moneyCell(Row row, int column, java.math.BigDecimal amount, CellStyle money) {
        Cell cell = row.createCell(column);
        cell.setCellValue(amount.doubleValue());
        cell.setCellStyle(money);
    }

    /** Excel refuses some characters, more than 31 characters and an apostrophe at either end of a sheet name. */
    static String safeSheetName(String title) {
        String cleaned = title.replaceAll("[\\\\/?*\\[\\]:]", " ").strip();
        cleaned = cleaned.substring(0, Math.min(31, cleaned.length())).replaceAll("^'+|'+$", "").strip();
        return cleaned.isEmpty() ? "Beslut" : cleaned;
    }
}
