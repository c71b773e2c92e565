package org.anslag.learning;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A table of figures as a learning page shows it, ready to download as .xlsx or CSV: its title,
 * the filters it was made with (they go on the cover sheet), its column headings and its rows.
 * Labels are already in the reader's language. A cell is text, a whole number, a
 * {@link java.math.BigDecimal} amount in kronor, a {@link Share} or a {@link java.time.LocalDate}.
 */
public record Figure(String title, List<Filter> filters, List<String> columns, List<List<Object>> rows) {

    /** A filter as the reader chose it, both parts in the reader's language. */
    public record Filter(String label, String value) {
    }

    /** A proportion between 0 and 1, shown as a percentage. */
    public record Share(double value) {
    }

    public Figure {
        filters = List.copyOf(filters);
        columns = List.copyOf(columns);
        rows = rows.stream().map(row -> Collections.unmodifiableList(new ArrayList<>(row))).toList();
        for (List<Object> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException(title + ": a row of " + row.size() + " cells under " + columns.size() + " columns");
            }
        }
    }
}
