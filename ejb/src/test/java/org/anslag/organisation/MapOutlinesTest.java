package org.anslag.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.anslag.shared.RuleViolation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;

/** The real boundaries of Sweden's 290 municipalities (../shared/data), as the map importer reads them. */
class MapOutlinesTest {

    static final Path GEOJSON = Path.of("../../shared/data/se-municipalities.geojson");
    static Map<String, Geometry> boundaries;
    static Map<String, List<String>> neighbours;

    @BeforeAll
    static void readTheRealFile() throws IOException {
        boundaries = BoundaryFile.read(Files.readAllBytes(GEOJSON));
        neighbours = MapOutlines.neighbours(boundaries);
    }

    @Test
    void everyMunicipalityHasAnOutline() {
        assertThat(boundaries).hasSize(290).containsKeys("2281", "2262", "0980", "0180");
    }

    @Test
    void sundsvallBordersTimraAndTimraBordersSundsvall() {
        assertThat(neighbours.get("2281")).contains("2262", "2260").doesNotContain("2281", "0180");
        assertThat(neighbours.get("2262")).contains("2281");
    }

    @Test
    void gotlandAnIslandHasNoNeighbours() {
        assertThat(neighbours.get("0980")).isEmpty();
    }

    @Test
    void stockholmBordersSolnaButNotGoteborg() {
        assertThat(neighbours.get("0180")).contains("0184").doesNotContain("1480");
    }

    @Test
    void theWholeMapStaysSmall() {
        int size = boundaries.values().stream().map(MapOutlines::svgPath).mapToInt(String::length).sum();
        assertThat(size).isBetween(20_000, 400_000);
        assertThat(MapOutlines.svgPath(boundaries.get("2281"))).startsWith("M").endsWith("Z").doesNotContain("NaN");
    }

    @Test
    void aFileThatIsNotGeoJsonIsRefusedNamingTheProblem() {
        assertThatThrownBy(() -> BoundaryFile.read("kommunkod,namn\n2281,Sundsvall".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("coverage.boundaries.notJson");
        assertThatThrownBy(() -> BoundaryFile.read("{\"type\":\"Feature\"}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("coverage.boundaries.notFeatureCollection");
        assertThatThrownBy(() -> BoundaryFile.read("""
                {"type":"FeatureCollection","features":[{"type":"Feature","properties":{"id":"2281"},
                 "geometry":{"type":"Point","coordinates":[17.3,62.4]}}]}""".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("coverage.boundaries.notPolygon");
    }
}
