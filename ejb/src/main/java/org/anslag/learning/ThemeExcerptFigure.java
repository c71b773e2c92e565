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
import org.anslag.shared.RuleViolation;

/** The drill-down: what the readable reports wrote about one theme ({@code theme-excerpts.csv?term=12&programme=3}). */
@ApplicationScoped
public class ThemeExcerptFigure implements FigureSource {

    @EJB
    Themes themes;
    @EJB
    Calls calls;

    @Override
    public String name() {
        return "theme-excerpts";
    }

    @Override
    public Figure figure(Actor actor, Map<String, String> filters, Locale locale) {
        ThemeFilter filter = ThemeFilter.parse(filters);
        String term = filters.get("term");
        if (term == null || !term.matches("\\d{1,18}")) {
            throw new RuleViolation("term", "themes.filter.term");
        }
        Theme theme = themes.theme(actor, filter.programmeId(), Long.valueOf(term));
        ThemeLabels labels = new ThemeLabels(locale);
        List<Figure.Filter> cover = new ArrayList<>(labels.filters(calls.programme(filter.programmeId()), filter,
                themes.county(filter.countyCode())));
        cover.add(new Figure.Filter(labels.get("filter.theme"), theme.label(locale)));
        List<List<Object>> rows = themes.excerpts(actor, filter, theme.termId()).stream()
                .map(excerpt -> List.<Object>of(excerpt.number(), excerpt.projectTitle(), excerpt.municipality(),
                        excerpt.period(), excerpt.submittedOn(), excerpt.excerpt() == null ? "" : excerpt.excerpt()))
                .toList();
        return new Figure(labels.get("figure.excerpts"), cover, labels.all("column.number", "column.project",
                "column.municipality", "column.period", "column.submitted", "column.excerpt"), rows);
    }
}
