package org.anslag.learning;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.ResourceBundle;

/** Distinct municipalities per kind of call (idea hub, test bed, innovation lab, other). */
@ApplicationScoped
public class CoverageByCallType extends CoverageFigureSource {

    @Override
    public String name() {
        return "coverage-by-call-type";
    }

    @Override
    String titleKey() {
        return "byCallType";
    }

    @Override
    List<String> columnKeys() {
        return List.of("callType", "applications", "participating", "funded");
    }

    @Override
    List<List<Object>> rows(CoverageFigures figures, ResourceBundle labels) {
        return figures.callTypes().stream().<List<Object>>map(type -> List.of(labels.getString("type." + type.key()),
                type.applications(), type.participating(), type.funded())).toList();
    }
}
