package org.anslag.learning;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A figure as CSV (RFC 4180, UTF-8): the heading row and the data only, since leading filter rows
 * would break other programs' column detection (the .xlsx carries the filters on its cover); numbers
 * are plain, with a point as decimal mark, so any program reads them.
 */
public final class FigureCsv {

    private FigureCsv() {
    }

    public static void write(Figure figure, Writer out) {
        try {
            out.write(line(figure.columns()));
            for (List<Object> row : figure.rows()) {
                out.write(line(row));
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String line(List<?> cells) {
        return cells.stream().map(FigureCsv::cell).collect(Collectors.joining(",")) + "\r\n";
    }

    private static String cell(Object value) {
        String text;
        if (value == null) {
            text = "";
        } else if (value instanceof BigDecimal amount) {
            text = amount.toPlainString();
        } else if (value instanceof Figure.Share share) {
            text = String.format(Locale.ROOT, "%.4f", share.value());
        } else {
            text = value.toString();
        }
        boolean quote = text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r");
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}
