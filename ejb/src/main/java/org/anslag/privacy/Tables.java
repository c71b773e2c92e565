package org.anslag.privacy;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Every table of the schema with its text and binary columns, read from JDBC metadata, so the
 * application's tables and Camunda's ACT_* tables are searched alike and a new column is never
 * forgotten.
 */
record Tables(List<Table> tables) {

    /** A table: its name as the database spells it, its key (if one column) and columns by kind. */
    record Table(String name, String key, List<String> text, List<String> binary) {

        String quoted() {
            return quote(name);
        }
    }

    private static final Set<Integer> TEXT = Set.of(Types.CHAR, Types.VARCHAR, Types.LONGVARCHAR, Types.NCHAR,
            Types.NVARCHAR, Types.LONGNVARCHAR, Types.CLOB, Types.NCLOB);
    private static final Set<Integer> BINARY = Set.of(Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB);

    static Tables of(Connection connection) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        String schema = connection.getSchema();
        String escape = meta.getSearchStringEscape();
        List<String> names = new ArrayList<>();
        try (ResultSet rows = meta.getTables(connection.getCatalog(), schema, "%", new String[] {"TABLE"})) {
            while (rows.next()) {
                names.add(rows.getString("TABLE_NAME"));
            }
        }
        List<Table> tables = new ArrayList<>();
        for (String name : names) {
            String pattern = name.replace("_", escape + "_").replace("%", escape + "%");
            List<String> text = new ArrayList<>();
            List<String> binary = new ArrayList<>();
            try (ResultSet columns = meta.getColumns(connection.getCatalog(), schema, pattern, "%")) {
                while (columns.next()) {
                    if (!name.equals(columns.getString("TABLE_NAME"))) {
                        continue;
                    }
                    int type = columns.getInt("DATA_TYPE");
                    if (TEXT.contains(type)) {
                        text.add(columns.getString("COLUMN_NAME"));
                    } else if (BINARY.contains(type)) {
                        binary.add(columns.getString("COLUMN_NAME"));
                    }
                }
            }
            List<String> key = new ArrayList<>();
            try (ResultSet keys = meta.getPrimaryKeys(connection.getCatalog(), schema, name)) {
                while (keys.next()) {
                    key.add(keys.getString("COLUMN_NAME"));
                }
            }
            tables.add(new Table(name, key.size() == 1 ? key.get(0) : null, List.copyOf(text), List.copyOf(binary)));
        }
        return new Tables(List.copyOf(tables));
    }

    static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
