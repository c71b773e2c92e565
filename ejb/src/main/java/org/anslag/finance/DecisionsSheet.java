package org.anslag.finance;

import java.util.List;

/** The decisions of a call (or of every call of a programme), one row per decision. */
final class DecisionsSheet {

    private DecisionsSheet() {
    }

    static TopicSheet write(FinanceWorkbook workbook, List<DecisionRow> rows) {
        TopicSheet sheet = workbook.topic("decisions", Column.text("export.decisions.number"),
                Column.text("export.decisions.coordinator"), Column.text("export.decisions.county"),
                Column.text("export.decisions.title"), Column.money("export.decisions.requested"),
                Column.money("export.decisions.granted"), Column.text("export.decisions.decision"),
                Column.date("export.decisions.decidedOn"), Column.text("export.decisions.decidedBy"),
                Column.text("export.decisions.call"));
        String granted = workbook.labels.getString("export.decisions.granted.yes");
        String rejected = workbook.labels.getString("export.decisions.granted.no");
        for (DecisionRow decision : rows) {
            sheet.row(decision.applicationNumber(), decision.coordinator(), decision.county(), decision.title(),
                    decision.requested(), decision.granted(), decision.isGranted() ? granted : rejected,
                    decision.decidedOn(), decision.decidedBy(), decision.call());
        }
        return sheet;
    }
}
