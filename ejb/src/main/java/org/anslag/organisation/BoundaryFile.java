package org.anslag.organisation;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.anslag.shared.RuleViolation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * Reads a GeoJSON FeatureCollection of municipality boundaries (se-municipalities.geojson): one
 * Polygon or MultiPolygon feature per municipality, its kommunkod in the property {@code id}.
 * A file of another shape is refused with a message that says what is wrong.
 */
public final class BoundaryFile {

    static final String FIELD = "boundaries";
    private static final GeometryFactory GEOMETRIES = new GeometryFactory();

    private BoundaryFile() {
    }

    /** The boundaries by kommunkod, in lon/lat, in the file's order. */
    public static Map<String, Geometry> read(byte[] content) {
        JsonObject collection;
        try (var reader = Json.createReader(new StringReader(new String(content, StandardCharsets.UTF_8)))) {
            collection = reader.readObject();
        } catch (JsonParsingException | ClassCastException e) {
            throw new RuleViolation(FIELD, "coverage.boundaries.notJson");
        } catch (JsonException e) {
            throw new RuleViolation(FIELD, "coverage.boundaries.notJson");
        }
        if (!"FeatureCollection".equals(collection.getString("type", "")) || !(collection.get("features") instanceof JsonArray features)) {
            throw new RuleViolation(FIELD, "coverage.boundaries.notFeatureCollection");
        }
        Map<String, Geometry> boundaries = new LinkedHashMap<>();
        for (JsonValue value : features) {
            JsonObject feature = value.asJsonObject();
            JsonObject properties = feature.getJsonObject("properties");
            String code = properties == null ? "" : properties.getString("id", "");
            if (!code.matches("\\d{4}")) {
                throw new RuleViolation(FIELD, "coverage.boundaries.badCode", boundaries.size() + 1);
            }
            boundaries.put(code, geometry(code, feature.getJsonObject("geometry")));
        }
        if (boundaries.isEmpty()) {
            throw new RuleViolation(FIELD, "coverage.boundaries.empty");
        }
        return boundaries;
    }

    private static Geometry geometry(String code, JsonObject geometry) {
        try {
            return switch (geometry == null ? "" : geometry.getString("type", "")) {
                case "Polygon" -> polygon(geometry.getJsonArray("coordinates"));
                case "MultiPolygon" -> GEOMETRIES.createMultiPolygon(geometry.getJsonArray("coordinates").stream()
                        .map(rings -> polygon(rings.asJsonArray())).toArray(Polygon[]::new));
                default -> throw new RuleViolation(FIELD, "coverage.boundaries.notPolygon", code);
            };
        } catch (ClassCastException | IllegalArgumentException | IndexOutOfBoundsException e) {
            throw new RuleViolation(FIELD, "coverage.boundaries.notPolygon", code);
        }
    }

    private static Polygon polygon(JsonArray rings) {
        List<LinearRing> linearRings = new ArrayList<>();
        for (JsonValue ring : rings) {
            Coordinate[] points = ring.asJsonArray().stream().map(JsonValue::asJsonArray)
                    .map(point -> new Coordinate(point.getJsonNumber(0).doubleValue(), point.getJsonNumber(1).doubleValue()))
                    .toArray(Coordinate[]::new);
            linearRings.add(GEOMETRIES.createLinearRing(points));
        }
        return GEOMETRIES.createPolygon(linearRings.get(0), linearRings.subList(1, linearRings.size()).toArray(LinearRing[]::new));
    }
}
