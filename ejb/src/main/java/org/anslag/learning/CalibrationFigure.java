package org.anslag.learning;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.anslag.call.Calls;
import org.anslag.shared.Actor;

/** Each evaluator's scores per criterion next to the panel's: {@code calibration.xlsx?programme=3&call=7}. */
@ApplicationScoped
public class CalibrationFigure implements FigureSource {

    @EJB
    Calibrations calibrations;
    @EJB
    Calls calls;

    @Override
    public String name() {
        return "calibration";
    }

    @Override
    public Figure figure(Actor actor, Map<String, String> filters, Locale locale) {
        Long programme = LearningFigureFilters.programme(filters);
        Long call = LearningFigureFilters.id(filters, "call");
        List<CalibrationLine> lines = calibrations.of(actor, programme, call);
        ThemeLabels labels = new ThemeLabels(locale);
        List<String> columns = new ArrayList<>(labels.all("column.evaluator", "column.criterion", "column.count", "column.mean"));
        for (int score = 1; score <= 7; score++) {
            columns.add(labels.get("column.scored") + " " + score);
        }
        columns.addAll(labels.all("column.panelCount", "column.panelMean", "column.difference", "column.leaning"));
        List<List<Object>> rows = lines.stream().map(line -> {
            List<Object> row = new ArrayList<>(List.of(line.evaluator(), line.criterion(), line.count(), round(line.mean())));
            row.addAll(line.histogram());
            row.addAll(List.of(line.panelCount(), round(line.panelMean()), round(line.difference()),
                    labels.get("leaning." + line.leaning())));
            return row;
        }).toList();
        String callTitle = call == null ? labels.get("filter.all") : calls.call(call).titleIn(locale);
        return new Figure(labels.get("figure.calibration"), List.of(
                new Figure.Filter(labels.get("filter.programme"), calls.programme(programme).getName()),
                new Figure.Filter(labels.get("filter.call"), callTitle)), columns, rows);
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
