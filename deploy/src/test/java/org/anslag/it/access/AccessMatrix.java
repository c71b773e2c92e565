package org.anslag.it.access;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The expected access matrix as the repository keeps it (access-matrix.txt): the subjects, the
 * resources with their address templates, and per resource and application state the answer each
 * subject must get: 200, a 302 onwards, {@code login} (sent to sign in), 403, 404, another code,
 * or {@code n/a} where the state has no such record.
 */
final class AccessMatrix {

    record Resource(String name, String method, String template) {
    }

    record Row(String resource, String state, List<String> outcomes) {
    }

    final List<String> subjects = new ArrayList<>();
    final Map<String, Resource> resources = new LinkedHashMap<>();
    final List<Row> rows = new ArrayList<>();

    static AccessMatrix read(InputStream in) {
        AccessMatrix matrix = new AccessMatrix();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                String text = line.strip();
                if (text.isEmpty() || text.startsWith("#")) {
                    continue;
                }
                List<String> words = Arrays.asList(text.split("\\s+"));
                switch (words.get(0)) {
                    case "subjects" -> matrix.subjects.addAll(words.subList(1, words.size()));
                    case "resource" -> matrix.resources.put(words.get(1), new Resource(words.get(1), words.get(2), words.get(3)));
                    default -> matrix.rows.add(matrix.row(words, line));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return matrix;
    }

    private Row row(List<String> words, String line) {
        if (!resources.containsKey(words.get(0)) || words.size() != subjects.size() + 2) {
            throw new IllegalArgumentException("not a row of " + subjects.size() + " subjects on a declared resource: " + line);
        }
        return new Row(words.get(0), words.get(1), List.copyOf(words.subList(2, words.size())));
    }

    /** The rows in the file's own layout, with these outcomes, for printing what was found. */
    String format(Map<Row, List<String>> actual) {
        int resourceWidth = resources.keySet().stream().mapToInt(String::length).max().orElse(10) + 2;
        StringBuilder out = new StringBuilder(String.format("%-" + resourceWidth + "s%-10s", "", "state"));
        subjects.forEach(subject -> out.append(String.format("%-12s", subject)));
        out.append('\n');
        for (Row row : rows) {
            out.append(String.format("%-" + resourceWidth + "s%-10s", row.resource(), row.state()));
            actual.get(row).forEach(outcome -> out.append(String.format("%-12s", outcome)));
            out.append('\n');
        }
        return out.toString();
    }
}
