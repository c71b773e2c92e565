package org.anslag.finance;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.ResourceBundle;
import java.util.Set;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * One .xlsx workbook for finance: a cover sheet first (what, the filters, who exported it and
 * when), then one sheet per topic. Streamed with SXSSF: only a window of rows stays in memory, the
 * rest goes to compressed temporary files, deleted once the workbook is written, so a sheet of a
 * million rows needs no more heap than one of ten.
 */
final class FinanceWorkbook implements AutoCloseable {

    /** Stored as Excel's format code; Swedish Excel shows it as {@code # ##0 "kr"}: 1 250 000 kr. */
    static final String MONEY_FORMAT = "#,##0 \"kr\"";
    static final String DATE_FORMAT = "yyyy-mm-dd";
    static final String DATE_TIME_FORMAT = "yyyy-mm-dd hh:mm";
    /** Rows kept in memory per sheet before they are flushed to the temporary file. */
    private static final int WINDOW = 100;

    final ResourceBundle labels;
    final Styles styles;
    private final SXSSFWorkbook workbook = new SXSSFWorkbook(null, WINDOW, true);
    private final Cover cover;
    private final Sheet coverSheet;
    private final List<TopicSheet> topics = new ArrayList<>();
    private final Set<String> sheetNames = new HashSet<>();

    FinanceWorkbook(Cover cover, ResourceBundle labels) {
        this.cover = cover;
        this.labels = labels;
        this.styles = new Styles(workbook);
        this.coverSheet = workbook.createSheet(uniqueName(labels.getString("workbook.cover")));
        // the totals are formulas; Excel recomputes them on opening, the cached values serve other readers
        workbook.setForceFormulaRecalculation(true);
    }

    /** A new sheet after the ones already made, its heading row written. */
    TopicSheet topic(String key, Column... columns) {
        TopicSheet topic = new TopicSheet(this, workbook.createSheet(uniqueName(labels.getString("sheet." + key))),
                List.of(columns));
        topics.add(topic);
        return topic;
    }

    void writeTo(OutputStream out) {
        topics.forEach(TopicSheet::finish);
        new CoverSheet(this, coverSheet).write(cover, topics);
        try {
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            close();
        }
    }

    byte[] bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writeTo(out);
        return out.toByteArray();
    }

    /** Deletes the temporary files; also when writing failed half way. */
    @Override
    public void close() {
        workbook.dispose();
        try {
            workbook.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Hyperlink linkTo(Sheet sheet) {
        Hyperlink link = workbook.getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
        link.setAddress("'" + sheet.getSheetName().replace("'", "''") + "'!A1");
        return link;
    }

    static void text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    /** Excel refuses some characters, more than 31 characters, an apostrophe at either end and two sheets of one name. */
    private String uniqueName(String title) {
        String name = safeSheetName(title);
        for (int i = 2; !sheetNames.add(name.toLowerCase()); i++) {
            String suffix = " (" + i + ")";
            name = safeSheetName(title).substring(0, Math.min(safeSheetName(title).length(), 31 - suffix.length())) + suffix;
        }
        return name;
    }

    static String safeSheetName(String title) {
        String cleaned = title.replaceAll("[\\\\/?*\\[\\]:]", " ").strip();
        cleaned = cleaned.substring(0, Math.min(31, cleaned.length())).replaceAll("^'+|'+$", "").strip();
        return cleaned.isEmpty() ? "Beslut" : cleaned;
    }

    /** The few cell styles every sheet shares; a workbook holds at most 64 000 of them, so they are made once. */
    static final class Styles {
        final CellStyle header;
        final CellStyle title;
        final CellStyle money;
        final CellStyle date;
        final CellStyle dateTime;
        final CellStyle whole;
        final CellStyle decimal;
        final CellStyle percent;
        final CellStyle totalLabel;
        final CellStyle totalMoney;

        Styles(SXSSFWorkbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            Font large = workbook.createFont();
            large.setBold(true);
            large.setFontHeightInPoints((short) 14);
            header = workbook.createCellStyle();
            header.setFont(bold);
            header.setWrapText(true);
            title = workbook.createCellStyle();
            title.setFont(large);
            money = formatted(workbook, MONEY_FORMAT);
            date = formatted(workbook, DATE_FORMAT);
            dateTime = formatted(workbook, DATE_TIME_FORMAT);
            whole = formatted(workbook, "#,##0");
            decimal = formatted(workbook, "General");
            percent = formatted(workbook, "0.0 %");
            totalLabel = workbook.createCellStyle();
            totalLabel.setFont(bold);
            totalMoney = formatted(workbook, MONEY_FORMAT);
            totalMoney.setFont(bold);
        }

        private static CellStyle formatted(SXSSFWorkbook workbook, String format) {
            CellStyle style = workbook.createCellStyle();
            style.setDataFormat(workbook.createDataFormat().getFormat(format));
            return style;
        }

        CellStyle of(Column.Kind kind) {
            return switch (kind) {
                case TEXT -> null;
                case WHOLE -> whole;
                case DECIMAL -> decimal;
                case MONEY -> money;
                case PERCENT -> percent;
                case DATE -> date;
            };
        }
    }
}
