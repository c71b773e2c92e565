package org.anslag.opendata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A table as CSV (RFC 4180, UTF-8 without a byte order mark): comma separated, CRLF line ends, a
 * cell quoted when it holds a comma, a quote or a line break, its quotes doubled. Amounts are plain
 * numbers with a point, dates ISO 8601, an absent value an empty cell.
 */
final class OpenCsv {

    private OpenCsv() {
    }

    static void write(List<String> columns, List<List<Object>> rows, Writer out) {
        try {
            out.write(line(columns));
            for (List<Object> row : rows) {
                out.write(line(row));
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String line(List<?> cells) {
        return cells.stream().map(OpenCsv::cell).collect(Collectors.joining(",")) + "\r\n";
    }

    static String cell(Object value) {
        String text = value == null ? "" : value instanceof BigDecimal amount ? amount.toPlainString() : value.toString();
        boolean quote = text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r");
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }

    /** 400000.00 as 400000 and 12.50 as 12.5, never in exponent form. */
    static BigDecimal amount(BigDecimal amount) {
        return amount == null ? null : amount.setScale(Math.max(0, amount.stripTrailingZeros().scale()));
    }
}
