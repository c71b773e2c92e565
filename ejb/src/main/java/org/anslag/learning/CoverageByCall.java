package org.anslag.learning;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.ResourceBundle;

/** Distinct municipalities on each call's submitted applications, and on its funded ones. */
@ApplicationScoped
public class CoverageByCall extends CoverageFigureSource {

    @Override
    public String name() {
        return "coverage-by-call";
    }

    @Override
    String titleKey() {
        return "byCall";
    }

    @Override
    List<String> columnKeys() {
        return List.of("call", "applications", "participating", "funded");
    }

    @Override
    List<List<Object>> rows(CoverageFigures figures, ResourceBundle labels) {
        return figures.calls().stream().<List<Object>>map(call -> List.of(call.label(), call.applications(),
                call.participating(), call.funded())).toList();
    }
}
