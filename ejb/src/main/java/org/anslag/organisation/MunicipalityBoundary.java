package org.anslag.organisation;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.util.Arrays;
import java.util.List;

/**
 * A municipality's outline on the coverage map, already projected and simplified to an SVG path,
 * and the kommunkoder of the municipalities it shares a boundary with.
 */
@Entity
public class MunicipalityBoundary {

    @Id
    private String municipalityCode;
    private String svgPath;
    private String neighbours;

    protected MunicipalityBoundary() {
    }

    MunicipalityBoundary(String municipalityCode, String svgPath, List<String> neighbours) {
        this.municipalityCode = municipalityCode;
        this.svgPath = svgPath;
        this.neighbours = String.join(",", neighbours);
    }

    public String getMunicipalityCode() {
        return municipalityCode;
    }

    public String getSvgPath() {
        return svgPath;
    }

    public List<String> getNeighbours() {
        return neighbours.isEmpty() ? List.of() : Arrays.asList(neighbours.split(","));
    }
}
