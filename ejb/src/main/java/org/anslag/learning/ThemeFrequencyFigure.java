package org.anslag.learning;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.anslag.call.Calls;
import org.anslag.organisation.County;
import org.anslag.shared.Actor;

/** How often each hinder and success factor occurs, in all and per period: {@code themes.xlsx}. */
@ApplicationScoped
public class ThemeFrequencyFigure implements FigureSource {

    @EJB
    Themes themes;
    @EJB
    Calls calls;

    @Override
    public String name() {
        return "themes";
    }

    @Override
    public Figure figure(Actor actor, Map<String, String> filters, Locale locale) {
        ThemeFilter filter = ThemeFilter.parse(filters);
        ThemeFrequencies frequencies = themes.frequencies(actor, filter);
        ThemeLabels labels = new ThemeLabels(locale);
        List<String> columns = new ArrayList<>(labels.all("column.kind", "column.theme", "column.total"));
        frequencies.periods().forEach(period -> columns.add(labels.get("column.period") + " " + period));
        List<List<Object>> rows = frequencies.lines().stream().map(line -> {
            List<Object> row = new ArrayList<>(List.of(labels.get("kind." + line.theme().kind()),
                    line.theme().label(locale), line.total()));
            row.addAll(line.perPeriod());
            return row;
        }).toList();
        return new Figure(labels.get("figure.themes"), labels.filters(calls.programme(filter.programmeId()), filter,
                county(filter)), columns, rows);
    }

    private County county(ThemeFilter filter) {
        return themes.county(filter.countyCode());
    }
}
