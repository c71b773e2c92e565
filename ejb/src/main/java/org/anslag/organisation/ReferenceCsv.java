package org.anslag.organisation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.anslag.shared.RuleViolation;

/**
 * Reads the SCB reference files (se-counties.csv, se-municipalities.csv): a header row naming
 * the columns, then comma-separated rows. Columns are found by name, so their order may change.
 */
public final class ReferenceCsv {

    public record CountyRow(String code, String name) {
    }

    public record MunicipalityRow(String code, String name, String countyCode) {
    }

    private ReferenceCsv() {
    }

    public static List<CountyRow> counties(Reader csv) {
        return read(csv, "county_code", "county_name", row -> new CountyRow(
                requireCode(row.get("county_code"), 2, row), row.get("county_name")));
    }

    public static List<MunicipalityRow> municipalities(Reader csv) {
        return read(csv, "municipality_code", "municipality_name", row -> new MunicipalityRow(
                requireCode(row.get("municipality_code"), 4, row), row.get("municipality_name"),
                requireCode(row.get("county_code"), 2, row)));
    }

    private static <T> List<T> read(Reader csv, String codeColumn, String nameColumn,
                                    Function<Map<String, String>, T> mapper) {
        try (BufferedReader lines = new BufferedReader(csv)) {
            String header = lines.readLine();
            if (header == null) {
                throw new RuleViolation("file", "import.empty");
            }
            List<String> columns = Arrays.stream(header.replace("\uFEFF", "").split(","))
                    .map(String::trim).toList();
            if (!columns.contains(codeColumn) || !columns.contains(nameColumn)) {
                throw new RuleViolation("file", "import.missingColumns", codeColumn + ", " + nameColumn);
            }
            List<T> rows = new ArrayList<>();
            String line;
            while ((line = lines.readLine()) != null) {
                if (!line.isBlank()) {
                    rows.add(mapper.apply(toMap(columns, line)));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> toMap(List<String> columns, String line) {
        String[] values = line.split(",", -1);
        return java.util.stream.IntStream.range(0, columns.size())
                .boxed()
                .collect(Collectors.toMap(columns::get, i -> i < values.length ? values[i].trim() : ""));
    }

    private static String requireCode(String code, int digits, Map<String, String> row) {
        if (code == null || !code.matches("\\d{" + digits + "}")) {
            throw new RuleViolation("file", "import.badCode", row.values());
        }
        return code;
    }
}
