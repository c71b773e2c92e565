package org.anslag.finance;

import java.util.List;
import java.util.ResourceBundle;
import org.anslag.review.Rankings;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;

/** A call's ranking as an .xlsx sheet: place, score, requested and running total, and the funding line. */
public final class RankingSpreadsheet {

    private RankingSpreadsheet() {
    }

    public static byte[] write(String callTitle, List<Rankings.Place> places, ResourceBundle labels) {
        Sheets sheet = new Sheets(callTitle, labels, "export.ranking.", "rank", "number", "coordinator", "title",
                "score", "scoreKind", "requested", "runningTotal", "withinBudget");
        var score = sheet.style("0.00");
        for (Rankings.Place place : places) {
            Row row = sheet.row();
            row.createCell(0).setCellValue(place.rank());
            row.createCell(1).setCellValue(place.application().getNumber());
            row.createCell(2).setCellValue(place.application().getCoordinator().getName());
            row.createCell(3).setCellValue(place.application().getTitle());
            if (place.score() != null) {
                Cell cell = row.createCell(4);
                cell.setCellValue(place.score().doubleValue());
                cell.setCellStyle(score);
            }
            row.createCell(5).setCellValue(labels.getString(place.consolidated()
                    ? "export.ranking.scoreKind.consolidated" : "export.ranking.scoreKind.mean"));
            sheet.money(row, 6, place.application().getRequestedAmount());
            sheet.money(row, 7, place.runningTotal());
            row.createCell(8).setCellValue(labels.getString(place.withinBudget()
                    ? "export.ranking.withinBudget.yes" : "export.ranking.withinBudget.no"));
        }
        return sheet.bytes();
    }
}
