package org.anslag.finance;

import java.util.EnumMap;
import java.util.Iterator;
import java.util.Map;

/**
 * The payment ledger, per grant and installment: planned, released, paid (with date and
 * reference), withheld; and the recovery claims, claimed and recovered. Rows are written as they
 * come, so the ledger of a whole programme streams from the database to the file.
 */
final class LedgerSheet {

    static final Column[] COLUMNS = {Column.text("ledger.number"), Column.whole("ledger.installment"),
            Column.date("ledger.dueOn"), Column.text("ledger.standing"), Column.money("ledger.planned"),
            Column.money("ledger.released"), Column.money("ledger.paid"), Column.date("ledger.paidOn"),
            Column.text("ledger.reference"), Column.money("ledger.withheld"), Column.money("ledger.claimed"),
            Column.money("ledger.recovered")};

    private LedgerSheet() {
    }

    static TopicSheet write(FinanceWorkbook workbook, Iterator<LedgerRow> rows) {
        TopicSheet sheet = workbook.topic("ledger", COLUMNS);
        Map<LedgerRow.Standing, String> standings = new EnumMap<>(LedgerRow.Standing.class);
        for (LedgerRow.Standing standing : LedgerRow.Standing.values()) {
            standings.put(standing, workbook.labels.getString("ledger.standing." + standing));
        }
        String claim = workbook.labels.getString("ledger.claim");
        while (rows.hasNext()) {
            LedgerRow row = rows.next();
            sheet.row(row.applicationNumber(), row.installment() == null ? claim : row.installment(), row.dueOn(),
                    standings.get(row.standing()), row.planned(), row.released(), row.paid(), row.paidOn(),
                    row.reference(), row.withheld(), row.claimed(), row.recovered());
        }
        return sheet;
    }
}
