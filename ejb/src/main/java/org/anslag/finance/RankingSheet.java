package org.anslag.finance;

import java.util.List;
import org.anslag.review.Rankings;

/** A call's ranking: place, score, requested and running total, and the funding line. */
final class RankingSheet {

    private RankingSheet() {
    }

    static TopicSheet write(FinanceWorkbook workbook, List<Rankings.Place> places) {
        TopicSheet sheet = workbook.topic("ranking", Column.whole("export.ranking.rank"),
                Column.text("export.ranking.number"), Column.text("export.ranking.coordinator"),
                Column.text("export.ranking.title"), Column.decimal("export.ranking.score"),
                Column.text("export.ranking.scoreKind"), Column.money("export.ranking.requested"),
                Column.money("export.ranking.runningTotal"), Column.text("export.ranking.withinBudget"));
        var labels = workbook.labels;
        for (Rankings.Place place : places) {
            sheet.row(place.rank(), place.application().getNumber(), place.application().getCoordinator().getName(),
                    place.application().getTitle(), place.score(),
                    labels.getString(place.consolidated() ? "export.ranking.scoreKind.consolidated" : "export.ranking.scoreKind.mean"),
                    place.application().getRequestedAmount(), place.runningTotal(),
                    labels.getString(place.withinBudget() ? "export.ranking.withinBudget.yes" : "export.ranking.withinBudget.no"));
        }
        return sheet;
    }
}
