package org.anslag.learning;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.ResourceBundle;

/** The map as a table: every municipality with its county and how it takes part. */
@ApplicationScoped
public class CoverageByMunicipality extends CoverageFigureSource {

    @Override
    public String name() {
        return "coverage-by-municipality";
    }

    @Override
    String titleKey() {
        return "byMunicipality";
    }

    @Override
    List<String> columnKeys() {
        return List.of("code", "municipality", "county", "status");
    }

    @Override
    List<List<Object>> rows(CoverageFigures figures, ResourceBundle labels) {
        return figures.municipalities().stream().<List<Object>>map(municipality -> List.of(municipality.code(),
                municipality.name(), municipality.countyName(),
                labels.getString("status." + figures.status().get(municipality.code()).name()))).toList();
    }
}
