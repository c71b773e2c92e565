package org.anslag.finance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;

/**
 * One topic's sheet: a bold heading row that stays frozen while scrolling, an auto-filter over the
 * data, each column's cells in its format, and a totals row of SUM formulas under the money columns.
 */
final class TopicSheet {

    /** A cell computed by Excel from other cells of its row; {@code {r}} stands for the row's number. */
    record Formula(String expression, Number cached) {
    }

    private final FinanceWorkbook workbook;
    private final Sheet sheet;
    private final Column[] columns;
    private final BigDecimal[] totals;
    private int rows;

    TopicSheet(FinanceWorkbook workbook, Sheet sheet, List<Column> columns) {
        this.workbook = workbook;
        this.sheet = sheet;
        this.columns = columns.toArray(Column[]::new);
        this.totals = new BigDecimal[this.columns.length];
        Row heading = sheet.createRow(0);
        for (int i = 0; i < this.columns.length; i++) {
            String label = workbook.labels.getString(this.columns[i].key());
            FinanceWorkbook.text(heading, i, label, workbook.styles.header);
            sheet.setColumnWidth(i, 256 * Math.max(this.columns[i].kind().width, Math.min(40, label.length() + 2)));
            if (this.columns[i].totalled()) {
                totals[i] = BigDecimal.ZERO;
            }
        }
        sheet.createFreezePane(0, 1);
    }

    /**
     * One data row, a value per column: text, a number or an amount ({@link BigDecimal}), a date,
     * a {@link Formula}, or null for an empty cell. Text in a number column is written as text
     * (the ledger's recovery rows name themselves in the installment column).
     */
    void row(Object... values) {
        rows++;
        Row row = sheet.createRow(rows);
        for (int i = 0; i < values.length; i++) {
            Object value = values[i];
            if (value == null) {
                continue;
            }
            Cell cell = row.createCell(i);
            if (value instanceof String text) {
                cell.setCellValue(text);
                continue;
            }
            if (value instanceof LocalDate date) {
                cell.setCellValue(date);
            } else if (value instanceof BigDecimal amount) {
                cell.setCellValue(amount.doubleValue());
                if (totals[i] != null) {
                    totals[i] = totals[i].add(amount);
                }
            } else if (value instanceof Number number) {
                cell.setCellValue(number.doubleValue());
            } else if (value instanceof Formula formula) {
                cell.setCellFormula(formula.expression().replace("{r}", String.valueOf(rows + 1)));
                if (formula.cached() != null) {
                    cell.setCellValue(formula.cached().doubleValue());
                }
                if (totals[i] != null && formula.cached() instanceof BigDecimal amount) {
                    totals[i] = totals[i].add(amount);
                }
            } else {
                throw new IllegalArgumentException("no cell for " + value.getClass());
            }
            cell.setCellStyle(workbook.styles.of(columns[i].kind()));
        }
    }

    int rowCount() {
        return rows;
    }

    Sheet sheet() {
        return sheet;
    }

    /** The totals row under the data, and the auto-filter over the heading and the data (not the totals). */
    void finish() {
        int last = columns.length - 1;
        sheet.setAutoFilter(new CellRangeAddress(0, rows, 0, last));
        Row total = sheet.createRow(rows + 1);
        FinanceWorkbook.text(total, 0, workbook.labels.getString("workbook.total"), workbook.styles.totalLabel);
        for (int i = 0; i < columns.length; i++) {
            if (totals[i] == null) {
                continue;
            }
            Cell cell = total.createCell(i);
            if (rows > 0) {
                String column = CellReference.convertNumToColString(i);
                cell.setCellFormula("SUM(" + column + "2:" + column + (rows + 1) + ")");
            }
            cell.setCellValue(totals[i].doubleValue());
            cell.setCellStyle(workbook.styles.totalMoney);
        }
    }
}
