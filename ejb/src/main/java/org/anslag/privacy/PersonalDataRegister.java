package org.anslag.privacy;

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
import java.util.Locale;
import java.util.Map;

/**
 * The register of personal data, read from personal-data-register.txt beside this class: one
 * section per entity, so the record of processing lives next to the code it describes and a test
 * notices an entity that is missing from it.
 */
public final class PersonalDataRegister {

    /** One entity: its table, the columns that hold or may name a person, and why they are kept. */
    public record Entry(String entity, String table, List<String> columns, Map<String, String> texts) {

        public boolean holdsPersonalData() {
            return !columns.isEmpty();
        }

        public String purpose(Locale language) {
            return text("purpose", language);
        }

        public String basis(Locale language) {
            return text("basis", language);
        }

        public String retention(Locale language) {
            return text("retention", language);
        }

        private String text(String key, Locale language) {
            return texts.getOrDefault(key + "." + ("en".equals(language.getLanguage()) ? "en" : "sv"), "");
        }
    }

    private static final List<Entry> ENTRIES = read();

    private PersonalDataRegister() {
    }

    public static List<Entry> entries() {
        return ENTRIES;
    }

    /** The entities that hold personal data, in the file's order. */
    public static List<Entry> withPersonalData() {
        return ENTRIES.stream().filter(Entry::holdsPersonalData).toList();
    }

    static List<Entry> read() {
        try (InputStream in = PersonalDataRegister.class.getResourceAsStream("personal-data-register.txt")) {
            if (in == null) {
                throw new IllegalStateException("personal-data-register.txt missing");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Entry> parse(List<String> lines) {
        List<Entry> entries = new ArrayList<>();
        String entity = null;
        Map<String, String> values = new LinkedHashMap<>();
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("[") && line.endsWith("]")) {
                if (entity != null) {
                    entries.add(entry(entity, values));
                }
                entity = line.substring(1, line.length() - 1);
                values = new LinkedHashMap<>();
            } else {
                int equals = line.indexOf('=');
                if (equals < 0 || entity == null) {
                    throw new IllegalStateException("register line is not 'key = value' in a section: " + line);
                }
                values.put(line.substring(0, equals).strip(), line.substring(equals + 1).strip());
            }
        }
        if (entity != null) {
            entries.add(entry(entity, values));
        }
        return List.copyOf(entries);
    }

    private static Entry entry(String entity, Map<String, String> values) {
        String columns = values.remove("columns");
        if (columns == null) {
            throw new IllegalStateException("register section " + entity + " has no 'columns'");
        }
        List<String> list = "none".equals(columns) ? List.of()
                : Arrays.stream(columns.split(",")).map(String::strip).filter(c -> !c.isEmpty()).toList();
        String table = values.remove("table");
        if (!list.isEmpty()) {
            for (String key : List.of("table", "purpose.sv", "purpose.en", "basis.sv", "basis.en", "retention.sv", "retention.en")) {
                if (!key.equals("table") && !values.containsKey(key) || key.equals("table") && table == null) {
                    throw new IllegalStateException("register section " + entity + " lacks " + key);
                }
            }
        }
        return new Entry(entity, table, list, Map.copyOf(values));
    }
}
