package org.anslag.learning;

import jakarta.ejb.EJB;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.anslag.shared.Actor;

/**
 * The coverage tables as downloadable figures. Each subclass is one table of the coverage page;
 * the filters are those of the page (programme, call, type, from, to) and go on the cover sheet.
 */
abstract class CoverageFigureSource implements FigureSource {

    @EJB
    Coverage coverage;

    @Override
    public Figure figure(Actor actor, Map<String, String> filters, Locale locale) {
        CoverageFigures figures = coverage.figures(actor, filters);
        ResourceBundle labels = labels(locale);
        List<Figure.Filter> shown = filters.entrySet().stream()
                .filter(filter -> CoverageScope.FILTERS.contains(filter.getKey()) && !filter.getValue().isBlank())
                .map(filter -> new Figure.Filter(labels.getString("filter." + filter.getKey()), filter.getValue())).toList();
        return new Figure(labels.getString(titleKey()), shown.isEmpty() ? List.of(new Figure.Filter(labels.getString("filter.programme"),
                labels.getString("filter.none"))) : shown,
                columnKeys().stream().map(labels::getString).toList(), rows(figures, labels));
    }

    static ResourceBundle labels(Locale locale) {
        return ResourceBundle.getBundle("org.anslag.learning.coverage", locale);
    }

    abstract String titleKey();

    abstract List<String> columnKeys();

    abstract List<List<Object>> rows(CoverageFigures figures, ResourceBundle labels);
}
