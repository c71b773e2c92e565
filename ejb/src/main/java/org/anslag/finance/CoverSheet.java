package org.anslag.finance;

import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/** Writes the cover: the title, the filters, who exported when, and each sheet with its number of rows (linked). */
final class CoverSheet {

    private final FinanceWorkbook workbook;
    private final Sheet sheet;
    private int next;

    CoverSheet(FinanceWorkbook workbook, Sheet sheet) {
        this.workbook = workbook;
        this.sheet = sheet;
    }

    void write(Cover cover, List<TopicSheet> topics) {
        var styles = workbook.styles;
        sheet.setColumnWidth(0, 256 * 30);
        sheet.setColumnWidth(1, 256 * 50);
        FinanceWorkbook.text(sheet.createRow(next++), 0, cover.title(), styles.title);
        next++;
        for (Cover.Filter filter : cover.filters()) {
            fact(label(filter.key()), filter.value());
        }
        fact(label("workbook.cover.exportedBy"), cover.exportedBy());
        Row exported = fact(label("workbook.cover.exportedAt"), null);
        Cell at = exported.createCell(1);
        at.setCellValue(cover.exportedAt().toLocalDateTime());
        at.setCellStyle(styles.dateTime);
        next++;
        Row heading = sheet.createRow(next++);
        FinanceWorkbook.text(heading, 0, label("workbook.cover.sheet"), styles.header);
        FinanceWorkbook.text(heading, 1, label("workbook.cover.rows"), styles.header);
        for (TopicSheet topic : topics) {
            Row row = sheet.createRow(next++);
            Cell name = row.createCell(0);
            name.setCellValue(topic.sheet().getSheetName());
            name.setHyperlink(workbook.linkTo(topic.sheet()));
            Cell count = row.createCell(1);
            count.setCellValue(topic.rowCount());
            count.setCellStyle(styles.whole);
        }
    }

    private Row fact(String label, String value) {
        Row row = sheet.createRow(next++);
        FinanceWorkbook.text(row, 0, label, workbook.styles.header);
        if (value != null) {
            FinanceWorkbook.text(row, 1, value, null);
        }
        return row;
    }

    private String label(String key) {
        return workbook.labels.getString(key);
    }
}
