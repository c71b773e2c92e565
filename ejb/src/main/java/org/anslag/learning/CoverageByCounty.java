package org.anslag.learning;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.ResourceBundle;

/** Municipalities taking part per county: in the county, participating, funded, share. */
@ApplicationScoped
public class CoverageByCounty extends CoverageFigureSource {

    @Override
    public String name() {
        return "coverage-by-county";
    }

    @Override
    String titleKey() {
        return "byCounty";
    }

    @Override
    List<String> columnKeys() {
        return List.of("county", "municipalities", "participating", "funded", "share");
    }

    @Override
    List<List<Object>> rows(CoverageFigures figures, ResourceBundle labels) {
        return figures.counties().stream().<List<Object>>map(county -> List.of(county.name(), county.municipalities(),
                county.participating(), county.funded(), new Figure.Share(county.share()))).toList();
    }
}
