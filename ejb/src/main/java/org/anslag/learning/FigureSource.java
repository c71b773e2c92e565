package org.anslag.learning;

import java.util.Locale;
import java.util.Map;
import org.anslag.shared.Actor;

/**
 * A learning figure that can be downloaded: a CDI bean per figure, found by its name in the address
 * {@code /api/learning/figures/{name}.xlsx} (or {@code .csv}). It checks who asks, reads the filters
 * from the query parameters (refusing a bad one with a RuleViolation naming it) and builds the table.
 */
public interface FigureSource {

    /** The figure's name in the download address, e.g. {@code coverage-by-county}. */
    String name();

    Figure figure(Actor actor, Map<String, String> filters, Locale locale);
}
