package org.anslag.web.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A lazy table's model lives in its page's view, which a cluster copies to the other node with
 * the session. The rows it shows are entities, not Serializable: the copy must leave them behind
 * (before, anna's "Mina ansökningar" failed every session copy, seen in bin/cluster crash).
 */
class DatabasePagesTest {

    /** A row like an entity: not Serializable. */
    static final class Row {
        final long id;

        Row(long id) {
            this.id = id;
        }
    }

    static final class Rows extends DatabasePages<Row> {
        private static final long serialVersionUID = 1L;

        @Override
        protected Slice<Row> slice(int first, int size) {
            return new Slice<>(List.of(new Row(first + 1), new Row(first + 2)), 40);
        }

        @Override
        protected Object keyOf(Row row) {
            return row.id;
        }
    }

    @Test
    void aTableShowingItsRowsCanMoveToAnotherNodeWithoutThem() throws Exception {
        Rows rows = new Rows();
        rows.setWrappedData(rows.load(0, 2, Map.of(), Map.of()));
        assertThat(rows.getWrappedData()).hasSize(2);

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(rows);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            Rows copy = (Rows) in.readObject();
            assertThat(copy.getRowCount()).isEqualTo(40);
            assertThat(copy.getWrappedData()).isNull();
        }
    }
}
