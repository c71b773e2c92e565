package org.anslag.finance;

import java.util.List;

/** The indicators per project and period, with the cumulative total to date and the target. */
final class IndicatorSheet {

    private IndicatorSheet() {
    }

    static TopicSheet write(FinanceWorkbook workbook, List<IndicatorFigure> figures) {
        TopicSheet sheet = workbook.topic("indicators", Column.text("indicators.number"),
                Column.text("indicators.title"), Column.text("indicators.indicator"), Column.text("indicators.unit"),
                Column.whole("indicators.period"), Column.decimal("indicators.value"),
                Column.decimal("indicators.toDate"), Column.decimal("indicators.target"));
        for (IndicatorFigure figure : figures) {
            sheet.row(figure.applicationNumber(), figure.title(), figure.indicator(),
                    workbook.labels.getString("indicators.unit." + figure.unit()), figure.period(), figure.value(),
                    figure.toDate(), figure.target());
        }
        return sheet;
    }
}
