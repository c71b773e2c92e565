package org.anslag.shared.infrastructure;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Every version of a progress report is kept (one row per revision, with the assessment's outcome),
 * and an installment records its release (proposed first when above the four-eyes limit) and payment. Java rather than SQL because the old unique
 * key on (application, period) was created unnamed, and H2 and PostgreSQL name it differently.
 */
public class V21__ReportRevisionsAndPayments extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        try (Statement sql = connection.createStatement()) {
            for (String constraint : uniqueConstraintsOf(sql, "progress_report")) {
                sql.execute("alter table progress_report drop constraint " + constraint);
            }
            sql.execute("alter table progress_report add column revision integer default 1 not null");
            sql.execute("alter table progress_report add column outcome varchar(20)");
            sql.execute("update progress_report set outcome = 'APPROVED' where score is not null");
            sql.execute("alter table progress_report add constraint progress_report_revision_once "
                    + "unique (application_id, period_number, revision)");

            sql.execute("alter table installment add column release_proposed_by varchar(100)");
            sql.execute("alter table installment add column release_proposed_at timestamp(6) with time zone");
            sql.execute("alter table installment add column released_by varchar(100)");
            sql.execute("alter table installment add column released_at timestamp(6) with time zone");
            sql.execute("alter table installment add column paid_on date");
            sql.execute("alter table installment add column payment_reference varchar(100)");
            sql.execute("alter table installment add column paid_by varchar(100)");
            sql.execute("alter table installment add column paid_at timestamp(6) with time zone");
        }
    }

    private static List<String> uniqueConstraintsOf(Statement sql, String table) throws SQLException {
        List<String> names = new ArrayList<>();
        try (var rows = sql.executeQuery("select constraint_name from information_schema.table_constraints "
                + "where lower(table_name) = '" + table + "' and constraint_type = 'UNIQUE'")) {
            while (rows.next()) {
                names.add('"' + rows.getString(1) + '"');
            }
        }
        return names;
    }
}
