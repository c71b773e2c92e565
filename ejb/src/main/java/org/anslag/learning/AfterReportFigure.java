package org.anslag.learning;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.anslag.shared.Actor;
import org.anslag.shared.Clocks;
import org.anslag.shared.RuleViolation;

/** The after-report overview as a download: one row per round, with its answers. Filter: {@code programme}. */
@ApplicationScoped
public class AfterReportFigure implements FigureSource {

    static final String NAME = "after-reports";

    @EJB
    AfterReportOverview overview;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Figure figure(Actor actor, Map<String, String> filters, Locale locale) {
        ResourceBundle labels = ResourceBundle.getBundle("org.anslag.learning.afterreport", locale);
        Long programmeId = programme(filters.get("programme"));
        List<Figure.Filter> chosen = new ArrayList<>();
        chosen.add(new Figure.Filter(labels.getString("afterReport.figure.programme"), programmeId == null
                ? labels.getString("afterReport.figure.allProgrammes")
                : overview.programmes(actor, programmeId).get(0).getName()));
        List<List<Object>> rows = overview.lines(actor, programmeId).stream().map(line -> List.<Object>of(
                line.number(), line.title(), line.coordinator(), line.months(),
                labels.getString("afterReport.status." + line.status()), date(line.sentAt()),
                line.closedAt() == null ? "" : date(line.closedAt()),
                line.stillInUse() == null ? "" : labels.getString("afterReport.stillInUse." + line.stillInUse()),
                line.adoptedInNames(), line.effects() == null ? "" : line.effects())).toList();
        List<String> columns = List.of("number", "title.column", "coordinator", "months", "status", "sentAt", "closedAt",
                "stillInUse", "adoptedIn", "effects").stream().map(column -> labels.getString("afterReport.figure." + column)).toList();
        return new Figure(labels.getString("afterReport.figure.title"), chosen, columns, rows);
    }

    private static Long programme(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!value.matches("\\d{1,18}")) {
            throw new RuleViolation("programme", "afterReport.error.programme", value);
        }
        return Long.valueOf(value);
    }

    private static LocalDate date(java.time.Instant instant) {
        return instant.atZone(Clocks.STOCKHOLM).toLocalDate();
    }
}
