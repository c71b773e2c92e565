package org.anslag.finance;

import java.util.List;
import java.util.ResourceBundle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;

/**
 * The decisions of one call as an .xlsx sheet: header row frozen, amounts stored as numbers
 * with a kronor format so finance can sum them, dates as real dates.
 */
public final class DecisionSpreadsheet {

    private DecisionSpreadsheet() {
    }

    public static byte[] write(String callTitle, List<DecisionRow> rows, ResourceBundle labels) {
        Sheets sheet = new Sheets(callTitle, labels, "export.decisions.", "number", "coordinator", "county", "title",
                "requested", "granted", "decision", "decidedOn", "decidedBy");
        CellStyle date = sheet.style("yyyy-mm-dd");
        for (DecisionRow decision : rows) {
            Row row = sheet.row();
            row.createCell(0).setCellValue(decision.applicationNumber());
            row.createCell(1).setCellValue(decision.coordinator());
            row.createCell(2).setCellValue(decision.county());
            row.createCell(3).setCellValue(decision.title());
            sheet.money(row, 4, decision.requested());
            sheet.money(row, 5, decision.granted());
            row.createCell(6).setCellValue(labels.getString(decision.isGranted()
                    ? "export.decisions.granted.yes" : "export.decisions.granted.no"));
            Cell decided = row.createCell(7);
            decided.setCellValue(decision.decidedOn());
            decided.setCellStyle(date);
            row.createCell(8).setCellValue(decision.decidedBy());
        }
        return sheet.bytes();
    }
}
