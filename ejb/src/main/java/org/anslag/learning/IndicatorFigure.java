package org.anslag.learning;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.anslag.call.Calls;
import org.anslag.followup.IndicatorUnit;
import org.anslag.shared.Actor;

/**
 * A programme's indicators against their targets, per call ({@code indicators-by-call}) or for the
 * whole programme ({@code indicators-by-programme}): the two figures of the indicators page.
 */
public abstract class IndicatorFigure implements FigureSource {

    @EJB
    IndicatorRollUps rollUps;
    @EJB
    Calls calls;

    /** Per call: a line per indicator of each call. */
    @ApplicationScoped
    public static class ByCall extends IndicatorFigure {

        @Override
        public String name() {
            return "indicators-by-call";
        }

        @Override
        public Figure figure(Actor actor, Map<String, String> filters, Locale locale) {
            Long programme = LearningFigureFilters.programme(filters);
            ThemeLabels labels = new ThemeLabels(locale);
            List<List<Object>> rows = new ArrayList<>();
            for (IndicatorRollUps.CallRollUp rollUp : rollUps.perCall(actor, programme)) {
                for (IndicatorTotal total : rollUp.totals()) {
                    List<Object> row = new ArrayList<>(List.of(rollUp.call().titleIn(locale)));
                    row.addAll(cells(total, locale, labels));
                    rows.add(row);
                }
            }
            List<String> columns = new ArrayList<>(labels.all("column.call"));
            columns.addAll(columns(labels));
            return new Figure(labels.get("figure.indicatorsByCall"), cover(programme, labels), columns, rows);
        }
    }

    /** For the programme: the calls' indicators of the same name and unit together. */
    @ApplicationScoped
    public static class ByProgramme extends IndicatorFigure {

        @Override
        public String name() {
            return "indicators-by-programme";
        }

        @Override
        public Figure figure(Actor actor, Map<String, String> filters, Locale locale) {
            Long programme = LearningFigureFilters.programme(filters);
            ThemeLabels labels = new ThemeLabels(locale);
            List<List<Object>> rows = rollUps.perProgramme(actor, programme).stream()
                    .map(total -> cells(total, locale, labels)).toList();
            return new Figure(labels.get("figure.indicatorsByProgramme"), cover(programme, labels), columns(labels), rows);
        }
    }

    List<Figure.Filter> cover(Long programme, ThemeLabels labels) {
        return List.of(new Figure.Filter(labels.get("filter.programme"), calls.programme(programme).getName()));
    }

    static List<String> columns(ThemeLabels labels) {
        return labels.all("column.indicator", "column.unit", "column.rollUp", "column.projects", "column.reporting",
                "column.target", "column.reported", "column.share");
    }

    static List<Object> cells(IndicatorTotal total, Locale locale, ThemeLabels labels) {
        List<Object> cells = new ArrayList<>();
        cells.add(total.name(locale));
        cells.add(labels.get("unit." + total.unit()));
        cells.add(labels.get(total.unit() == IndicatorUnit.PERCENT ? "rollUp.mean" : total.cumulative() ? "rollUp.sum" : "rollUp.last"));
        cells.add(total.projects());
        cells.add(total.reporting());
        cells.add(value(total.target(), total.unit()));
        cells.add(value(total.reported(), total.unit()));
        cells.add(total.share() == null ? null : new Figure.Share(total.share()));
        return cells;
    }

    /** Kronor stay amounts (formatted as money in the workbook); other figures are plain numbers. */
    private static Object value(BigDecimal value, IndicatorUnit unit) {
        if (value == null) {
            return null;
        }
        return unit == IndicatorUnit.KRONOR ? value : value.doubleValue();
    }
}
