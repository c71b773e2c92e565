package org.anslag.learning;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A figure as an .xlsx workbook: a cover sheet saying what it is, the filters it was made with and
 * who exported it when, then the figures with a frozen heading row and an auto-filter.
 */
public final class FigureWorkbook implements AutoCloseable {

    /** The cover's own labels in the reader's language. */
    public record CoverLabels(String sheet, String filters, String exportedBy, String exportedAt) {
    }

    private final XSSFWorkbook workbook = new XSSFWorkbook();
    private final CellStyle bold;
    private final CellStyle money;
    private final CellStyle share;
    private final CellStyle date;
    private final CellStyle timestamp;

    private FigureWorkbook() {
        Font font = workbook.createFont();
        font.setBold(true);
        bold = workbook.createCellStyle();
        bold.setFont(font);
        money = formatted("#,##0 \"kr\"");
        share = formatted("0.0%");
        date = formatted("yyyy-mm-dd");
        timestamp = formatted("yyyy-mm-dd hh:mm");
    }

    public static void write(Figure figure, CoverLabels labels, String exportedBy, ZonedDateTime exportedAt, OutputStream out) {
        try (FigureWorkbook book = new FigureWorkbook()) {
            book.cover(figure, labels, exportedBy, exportedAt);
            book.figures(figure);
            book.workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void cover(Figure figure, CoverLabels labels, String exportedBy, ZonedDateTime exportedAt) {
        Sheet sheet = workbook.createSheet(sheetName(labels.sheet()));
        int r = 0;
        text(sheet.createRow(r++), 0, figure.title(), bold);
        r++;
        text(sheet.createRow(r++), 0, labels.filters(), bold);
        for (Figure.Filter filter : figure.filters()) {
            Row row = sheet.createRow(r++);
            text(row, 0, filter.label(), null);
            text(row, 1, filter.value(), null);
        }
        r++;
        Row by = sheet.createRow(r++);
        text(by, 0, labels.exportedBy(), null);
        text(by, 1, exportedBy, null);
        Row at = sheet.createRow(r);
        text(at, 0, labels.exportedAt(), null);
        Cell when = at.createCell(1);
        when.setCellValue(exportedAt.toLocalDateTime());
        when.setCellStyle(timestamp);
        sheet.setColumnWidth(0, 256 * 30);
        sheet.setColumnWidth(1, 256 * 40);
    }

    private void figures(Figure figure) {
        Sheet sheet = workbook.createSheet(sheetName(figure.title()));
        Row heading = sheet.createRow(0);
        for (int c = 0; c < figure.columns().size(); c++) {
            text(heading, c, figure.columns().get(c), bold);
            sheet.setColumnWidth(c, 256 * Math.min(50, Math.max(12, figure.columns().get(c).length() + 4)));
        }
        int r = 1;
        for (List<Object> values : figure.rows()) {
            Row row = sheet.createRow(r++);
            for (int c = 0; c < values.size(); c++) {
                cell(row, c, values.get(c));
            }
        }
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, figure.columns().size() - 1));
    }

    private void cell(Row row, int column, Object value) {
        if (value == null) {
            return;
        }
        Cell cell = row.createCell(column);
        if (value instanceof BigDecimal amount) {
            cell.setCellValue(amount.doubleValue());
            cell.setCellStyle(money);
        } else if (value instanceof Figure.Share part) {
            cell.setCellValue(part.value());
            cell.setCellStyle(share);
        } else if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
        } else if (value instanceof LocalDate day) {
            cell.setCellValue(day);
            cell.setCellStyle(date);
        } else {
            cell.setCellValue(value.toString());
        }
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    private CellStyle formatted(String format) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat(format));
        return style;
    }

    /** Excel allows 31 characters and none of []:*?/\ in a sheet name. */
    private static String sheetName(String title) {
        String clean = title.replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
        return clean.length() > 31 ? clean.substring(0, 31) : clean;
    }

    @Override
    public void close() throws IOException {
        workbook.close();
    }
}
