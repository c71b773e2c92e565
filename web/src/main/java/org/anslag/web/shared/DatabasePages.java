package org.anslag.web.shared;

import java.io.ObjectStreamException;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A PrimeFaces lazy table whose rows the database pages: a list with years of history sends one
 * page of rows to the browser, never the whole table.
 */
public abstract class DatabasePages<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** The rows from {@code first}, at most {@code size} of them, and how many there are in all. */
    protected abstract Slice<T> slice(int first, int size);

    protected abstract Object keyOf(T row);

    /**
     * The rows about to be shown, for a table that reads what its rows need once per page; not
     * called for {@link #count}, which asks for one row only to learn the total.
     */
    protected void shown(List<T> rows) {
    }

    /** One page of rows and the number of rows in all. */
    public record Slice<T>(List<T> rows, long total) {
    }

    @Override
    public int count(Map<String, FilterMeta> filters) {
        return (int) slice(0, 1).total();
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
        Slice<T> slice = slice(first, pageSize);
        setRowCount((int) slice.total());
        shown(slice.rows());
        return slice.rows();
    }

    /**
     * The shown page's rows are entities, read for the request that renders them; a session copied
     * to the other node of a cluster leaves them behind (they are not Serializable, and the copy
     * failed with them), and the table loads its page again there.
     */
    protected Object writeReplace() throws ObjectStreamException {
        setWrappedData(null);
        return this;
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(keyOf(row));
    }

    @Override
    public T getRowData(String rowKey) {
        // no row selection on these tables
        return null;
    }
}
