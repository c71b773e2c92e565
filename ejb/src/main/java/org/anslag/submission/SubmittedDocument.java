package org.anslag.submission;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The canonical text of a submitted application: headed sections of "label: value" lines in a
 * fixed order, so the same application always gives the same text and checksum.
 */
public final class SubmittedDocument {

    private final List<String> lines = new ArrayList<>();

    public SubmittedDocument section(String heading) {
        if (!lines.isEmpty()) {
            lines.add("");
        }
        lines.add("== " + heading + " ==");
        return this;
    }

    public SubmittedDocument line(String label, Object value) {
        lines.add(label + ": " + (value == null ? "" : value.toString().strip()));
        return this;
    }

    public static String money(BigDecimal amount) {
        return org.anslag.shared.Money.text(amount);
    }

    public String text() {
        return String.join("\n", lines) + "\n";
    }

    public List<String> lines() {
        return List.copyOf(lines);
    }
}
