package org.anslag.learning;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.ResourceBundle;

/** Distinct municipalities on the applications submitted each year (Stockholm time). */
@ApplicationScoped
public class CoverageByYear extends CoverageFigureSource {

    @Override
    public String name() {
        return "coverage-by-year";
    }

    @Override
    String titleKey() {
        return "byYear";
    }

    @Override
    List<String> columnKeys() {
        return List.of("year", "applications", "participating", "funded");
    }

    @Override
    List<List<Object>> rows(CoverageFigures figures, ResourceBundle labels) {
        return figures.years().stream().<List<Object>>map(year -> List.of(year.label(), year.applications(),
                year.participating(), year.funded())).toList();
    }
}
