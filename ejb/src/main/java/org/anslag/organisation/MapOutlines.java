package org.anslag.organisation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.simplify.TopologyPreservingSimplifier;

/**
 * Turns boundaries in lon/lat into what the coverage map needs: a small SVG path per municipality
 * (projected, simplified to about half a kilometre, one decimal) and the municipalities sharing a
 * boundary, found on the unsimplified polygons.
 */
public final class MapOutlines {

    /** Two outlines closer than this (in degrees, about ten metres) share a boundary. */
    static final double TOUCHING = 1e-4;
    private static final double SIMPLIFY_TOLERANCE = 0.35;

    private MapOutlines() {
    }

    /** The neighbours of every municipality, sorted by kommunkod. */
    public static Map<String, List<String>> neighbours(Map<String, Geometry> boundaries) {
        STRtree index = new STRtree();
        boundaries.forEach((code, geometry) -> index.insert(geometry.getEnvelopeInternal(), code));
        Map<String, List<String>> neighbours = new LinkedHashMap<>();
        boundaries.forEach((code, geometry) -> {
            var near = new TreeSet<String>();
            var envelope = geometry.getEnvelopeInternal().copy();
            envelope.expandBy(TOUCHING);
            for (Object candidate : index.query(envelope)) {
                String other = (String) candidate;
                if (!other.equals(code) && geometry.isWithinDistance(boundaries.get(other), TOUCHING)) {
                    near.add(other);
                }
            }
            neighbours.put(code, new ArrayList<>(near));
        });
        return neighbours;
    }

    /** The outline as an SVG path in the map's plane ({@link MapProjection#VIEW_BOX}). */
    public static String svgPath(Geometry boundary) {
        Geometry projected = boundary.copy();
        projected.apply(new MapProjection());
        projected.geometryChanged();
        Geometry simple = TopologyPreservingSimplifier.simplify(projected, SIMPLIFY_TOLERANCE);
        StringBuilder path = new StringBuilder();
        for (int i = 0; i < simple.getNumGeometries(); i++) {
            Polygon polygon = (Polygon) simple.getGeometryN(i);
            ring(path, polygon.getExteriorRing());
            for (int hole = 0; hole < polygon.getNumInteriorRing(); hole++) {
                ring(path, polygon.getInteriorRingN(hole));
            }
        }
        return path.toString().strip();
    }

    private static void ring(StringBuilder path, LineString ring) {
        Coordinate[] points = ring.getCoordinates();
        if (points.length < 4) {
            return;
        }
        path.append('M');
        for (int i = 0; i < points.length - 1; i++) {
            path.append(i == 0 ? "" : " ").append(number(points[i].x)).append(',').append(number(points[i].y));
        }
        path.append("Z");
    }

    private static String number(double value) {
        return java.math.BigDecimal.valueOf(Math.round(value * 10), 1).stripTrailingZeros().toPlainString();
    }
}
