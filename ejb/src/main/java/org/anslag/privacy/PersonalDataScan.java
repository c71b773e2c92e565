package org.anslag.privacy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.ObjectStreamClass;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Finds and rewrites one person in every table of the database: each text column is searched for
 * their user name (as a whole value) and their name, address and the request's other identifiers
 * (anywhere in the text, ignoring case); binary columns (the engine's serialized variables) are
 * read and, when they hold the person, deserialized, rewritten and written back.
 */
final class PersonalDataScan {

    /** The rows of one table that hold the person, each column as text. */
    record Found(String table, List<Map<String, String>> rows) {
    }

    private static final int LONGEST_VALUE = 4000;
    private final Connection connection;
    private final Identity identity;
    private final Tables tables;

    PersonalDataScan(Connection connection, Identity identity) throws SQLException {
        this.connection = connection;
        this.identity = identity;
        this.tables = Tables.of(connection);
    }

    List<Found> find() throws SQLException {
        List<Found> found = new ArrayList<>();
        for (Tables.Table table : tables.tables()) {
            List<Map<String, String>> rows = new ArrayList<>();
            if (!table.text().isEmpty()) {
                List<String> where = new ArrayList<>();
                List<String> parameters = new ArrayList<>();
                for (String column : table.text()) {
                    where.add(match(column, parameters));
                }
                try (PreparedStatement select = connection.prepareStatement("select * from " + table.quoted()
                        + " where " + String.join(" or ", where))) {
                    bind(select, parameters);
                    try (ResultSet result = select.executeQuery()) {
                        while (result.next()) {
                            rows.add(row(result));
                        }
                    }
                }
            }
            if (table.key() != null) {
                for (String column : table.binary()) {
                    rows.addAll(binaryRows(table, column));
                }
            }
            if (!rows.isEmpty()) {
                found.add(new Found(table.name(), rows));
            }
        }
        return found;
    }

    /** Rewrites every value holding the person; the number of rows changed per table. */
    Map<String, Integer> pseudonymise(Pseudonyms pseudonyms, String skipTable, String skipColumn) throws SQLException {
        Map<String, Integer> changed = new LinkedHashMap<>();
        for (Tables.Table table : tables.tables()) {
            int count = 0;
            for (String column : table.text()) {
                if (table.name().equalsIgnoreCase(skipTable) && column.equalsIgnoreCase(skipColumn)) {
                    continue;
                }
                count += table.key() != null ? rewriteByKey(table, column, pseudonyms) : rewriteByValue(table, column, pseudonyms);
            }
            if (table.key() != null) {
                for (String column : table.binary()) {
                    count += rewriteBytes(table, column, pseudonyms);
                }
            }
            if (count > 0) {
                changed.put(table.name().toLowerCase(java.util.Locale.ROOT), count);
            }
        }
        return changed;
    }

    private int rewriteByKey(Tables.Table table, String column, Pseudonyms pseudonyms) throws SQLException {
        List<String> parameters = new ArrayList<>();
        String where = match(column, parameters);
        Map<Object, String> rewritten = new LinkedHashMap<>();
        try (PreparedStatement select = connection.prepareStatement("select " + Tables.quote(table.key()) + ", "
                + Tables.quote(column) + " from " + table.quoted() + " where " + where)) {
            bind(select, parameters);
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    String value = result.getString(2);
                    String pseudonymised = pseudonyms.text(value);
                    if (!Objects.equals(value, pseudonymised)) {
                        rewritten.put(result.getObject(1), pseudonymised);
                    }
                }
            }
        }
        try (PreparedStatement update = connection.prepareStatement("update " + table.quoted() + " set "
                + Tables.quote(column) + " = ? where " + Tables.quote(table.key()) + " = ?")) {
            for (var row : rewritten.entrySet()) {
                update.setString(1, row.getValue());
                update.setObject(2, row.getKey());
                update.executeUpdate();
            }
        }
        return rewritten.size();
    }

    /** Tables without a one-column key (join tables): each distinct value is replaced where it stands. */
    private int rewriteByValue(Tables.Table table, String column, Pseudonyms pseudonyms) throws SQLException {
        List<String> parameters = new ArrayList<>();
        String where = match(column, parameters);
        List<String> values = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("select distinct " + Tables.quote(column)
                + " from " + table.quoted() + " where " + where)) {
            bind(select, parameters);
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    values.add(result.getString(1));
                }
            }
        }
        int count = 0;
        try (PreparedStatement update = connection.prepareStatement("update " + table.quoted() + " set "
                + Tables.quote(column) + " = ? where " + Tables.quote(column) + " = ?")) {
            for (String value : values) {
                String pseudonymised = pseudonyms.text(value);
                if (!value.equals(pseudonymised)) {
                    update.setString(1, pseudonymised);
                    update.setString(2, value);
                    count += update.executeUpdate();
                }
            }
        }
        return count;
    }

    private int rewriteBytes(Tables.Table table, String column, Pseudonyms pseudonyms) throws SQLException {
        Map<Object, byte[]> rewritten = new LinkedHashMap<>();
        forEachHolding(table, column, (key, bytes) -> {
            byte[] pseudonymised = rewrite(bytes, pseudonyms);
            if (!java.util.Arrays.equals(bytes, pseudonymised)) {
                rewritten.put(key, pseudonymised);
            }
        });
        try (PreparedStatement update = connection.prepareStatement("update " + table.quoted() + " set "
                + Tables.quote(column) + " = ? where " + Tables.quote(table.key()) + " = ?")) {
            for (var row : rewritten.entrySet()) {
                update.setBytes(1, row.getValue());
                update.setObject(2, row.getKey());
                update.executeUpdate();
            }
        }
        return rewritten.size();
    }

    private static byte[] rewrite(byte[] bytes, Pseudonyms pseudonyms) {
        if (serialized(bytes)) {
            try (ByteArrayOutputStream out = new ByteArrayOutputStream();
                 ObjectOutputStream objects = new ObjectOutputStream(out)) {
                objects.writeObject(pseudonyms.object(deserialize(bytes)));
                objects.flush();
                return out.toByteArray();
            } catch (IOException e) {
                throw new IllegalStateException("cannot write back a rewritten variable", e);
            }
        }
        return pseudonyms.text(new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
    }

    private List<Map<String, String>> binaryRows(Tables.Table table, String column) throws SQLException {
        List<Map<String, String>> rows = new ArrayList<>();
        forEachHolding(table, column, (key, bytes) -> {
            Map<String, String> row = new LinkedHashMap<>();
            row.put(table.key(), String.valueOf(key));
            row.put(column, shorten(serialized(bytes) ? String.valueOf(deserialize(bytes))
                    : new String(bytes, StandardCharsets.UTF_8)));
            rows.add(row);
        });
        return rows;
    }

    private interface Holding {
        void accept(Object key, byte[] bytes);
    }

    private void forEachHolding(Tables.Table table, String column, Holding holding) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("select " + Tables.quote(table.key()) + ", "
                + Tables.quote(column) + " from " + table.quoted() + " where " + Tables.quote(column) + " is not null");
             ResultSet result = select.executeQuery()) {
            while (result.next()) {
                byte[] bytes = result.getBytes(2);
                if (bytes != null && identity.foundIn(bytes)) {
                    holding.accept(result.getObject(1), bytes);
                }
            }
        }
    }

    private String match(String column, List<String> parameters) {
        String quoted = Tables.quote(column);
        // like without wildcards stands for equality: it also works on H2's large text columns
        String like = "lower(" + quoted + ") like ? escape '!'";
        List<String> any = new ArrayList<>(List.of(like, like));
        parameters.add(Identity.exactPattern(identity.username()));
        parameters.add(Identity.exactPattern("user:" + identity.username()));
        any.add(like);
        parameters.add(Identity.likePattern(identity.username()));
        for (String needle : identity.needles()) {
            any.add(like);
            parameters.add(Identity.likePattern(needle));
        }
        return "(" + String.join(" or ", any) + ")";
    }

    private static void bind(PreparedStatement statement, List<String> parameters) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            statement.setString(i + 1, parameters.get(i));
        }
    }

    private static Map<String, String> row(ResultSet result) throws SQLException {
        ResultSetMetaData meta = result.getMetaData();
        Map<String, String> row = new LinkedHashMap<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            Object value = result.getObject(i);
            String text = value instanceof byte[] bytes ? "[" + bytes.length + " bytes]"
                    : value == null ? null : shorten(result.getString(i));
            row.put(meta.getColumnLabel(i).toLowerCase(java.util.Locale.ROOT), text);
        }
        return row;
    }

    private static String shorten(String text) {
        return text == null || text.length() <= LONGEST_VALUE ? text : text.substring(0, LONGEST_VALUE) + " …";
    }

    static boolean serialized(byte[] bytes) {
        return bytes.length > 2 && (bytes[0] & 0xff) == 0xac && (bytes[1] & 0xff) == 0xed;
    }

    /** Reads a serialized variable with the application's class loader (the engine's lists are plain JDK types). */
    static Object deserialize(byte[] bytes) {
        try (ObjectInputStream in = new ApplicationObjects(new ByteArrayInputStream(bytes))) {
            return in.readObject();
        } catch (IOException | ClassNotFoundException e) {
            throw new IllegalStateException("cannot read a serialized variable that names the person", e);
        }
    }

    private static final class ApplicationObjects extends ObjectInputStream {

        ApplicationObjects(InputStream in) throws IOException {
            super(in);
        }

        @Override
        protected Class<?> resolveClass(ObjectStreamClass description) throws IOException, ClassNotFoundException {
            try {
                return Class.forName(description.getName(), false, Thread.currentThread().getContextClassLoader());
            } catch (ClassNotFoundException e) {
                return super.resolveClass(description);
            }
        }
    }
}
