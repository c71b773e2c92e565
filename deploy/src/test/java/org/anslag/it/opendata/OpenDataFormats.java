package org.anslag.it.opendata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What a harvester of the open data does, in the test JVM only: validates a package against the
 * 360Giving schemas offline, reads JSON and parses CSV as RFC 4180 says.
 */
final class OpenDataFormats {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The published location of the schemas; the package schema refers to the grant schema of 1.4.2 by it. */
    private static final String PUBLISHED = "https://raw.githubusercontent.com/ThreeSixtyGiving/standard/";

    private OpenDataFormats() {
    }

    static JsonNode json(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The schema errors of a package, with format assertions on (awardDate is a date pattern or a
     * date-time: without formats a valid date matches both branches of its oneOf), the published
     * schema addresses mapped to the local copies in {@code anslag.360giving.schemas.dir}.
     */
    static List<Error> schemaErrors(String body) {
        String directory = System.getProperty("anslag.360giving.schemas.dir");
        if (directory == null || !Files.isDirectory(Path.of(directory))) {
            throw new IllegalStateException("anslag.360giving.schemas.dir is not a directory: " + directory + " (see deploy/pom.xml)");
        }
        String local = Path.of(directory).toUri().toString();
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12, builder -> builder
                .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build())
                // a file: address counts as remote: without fetchRemoteResources the mapped address is never read
                .schemaLoader(loader -> loader.fetchRemoteResources().schemaIdResolvers(resolvers -> resolvers
                        .mapPrefix(PUBLISHED + "1.4.2/schema/", local)
                        .mapPrefix(PUBLISHED + "1.4.3/schema/", local))));
        Schema schema = registry.getSchema(SchemaLocation.of(PUBLISHED + "1.4.3/schema/360-giving-package-schema.json"));
        return schema.validate(json(body));
    }

    /** The records of an RFC 4180 text: quoted cells may hold commas, doubled quotes and line breaks. */
    static List<List<String>> csv(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                record.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                record.add(cell.toString());
                cell.setLength(0);
                records.add(record);
                record = new ArrayList<>();
                i++;
            } else {
                cell.append(c);
            }
        }
        if (quoted) {
            throw new AssertionError("a quoted cell is never closed");
        }
        if (cell.length() > 0 || !record.isEmpty()) {
            record.add(cell.toString());
            records.add(record);
        }
        return records;
    }
}
