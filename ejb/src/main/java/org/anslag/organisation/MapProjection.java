package org.anslag.organisation;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateFilter;

/**
 * Projects longitude/latitude onto the coverage map's plane: a sinusoidal projection centred on
 * Sweden (equal area, so large northern municipalities do not swell as on Web Mercator), scaled
 * so the whole country fits a 490 × 980 SVG view box with y growing downwards.
 */
public final class MapProjection implements CoordinateFilter {

    public static final String VIEW_BOX = "0 0 490 980";
    static final double UNITS_PER_DEGREE = 70;
    private static final double CENTRAL_LONGITUDE = 16.5;
    private static final double NORTHERNMOST_LATITUDE = 69.2;
    private static final double X_OFFSET = 245;

    @Override
    public void filter(Coordinate coordinate) {
        double longitude = coordinate.x;
        double latitude = coordinate.y;
        coordinate.x = X_OFFSET + (longitude - CENTRAL_LONGITUDE) * Math.cos(Math.toRadians(latitude)) * UNITS_PER_DEGREE;
        coordinate.y = (NORTHERNMOST_LATITUDE - latitude) * UNITS_PER_DEGREE;
    }
}
