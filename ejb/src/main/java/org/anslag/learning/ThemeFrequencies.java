package org.anslag.learning;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.anslag.followup.TermKind;

/**
 * How often each theme occurs in the chosen reports, in all and per reporting period: one line per
 * theme (those no report carries too, so a reader sees what never came up), one column per period
 * any chosen report belongs to.
 */
public record ThemeFrequencies(List<Integer> periods, List<Line> lines) {

    /** A report as counted: its period and the terms it carries. */
    public record Tagged(int period, Collection<Long> termIds) {
    }

    /** A theme's count in all and per period (in the order of {@link #periods()}). */
    public record Line(Theme theme, long total, List<Long> perPeriod) {
    }

    public static ThemeFrequencies tally(List<Theme> themes, List<Tagged> reports) {
        List<Integer> periods = List.copyOf(reports.stream().map(Tagged::period).collect(Collectors.toCollection(TreeSet::new)));
        Map<Long, Map<Integer, Long>> counts = reports.stream()
                .flatMap(report -> report.termIds().stream().distinct().map(term -> Map.entry(term, report.period())))
                .collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.groupingBy(Map.Entry::getValue, Collectors.counting())));
        List<Line> lines = themes.stream().map(theme -> {
            Map<Integer, Long> byPeriod = counts.getOrDefault(theme.termId(), Map.of());
            List<Long> perPeriod = periods.stream().map(period -> byPeriod.getOrDefault(period, 0L)).toList();
            return new Line(theme, perPeriod.stream().mapToLong(Long::longValue).sum(), perPeriod);
        }).sorted(Comparator.comparing((Line line) -> line.theme().kind())
                .thenComparing(Line::total, Comparator.reverseOrder())
                .thenComparing(line -> line.theme().labelSv())).toList();
        return new ThemeFrequencies(periods, lines);
    }

    public List<Line> of(TermKind kind) {
        return lines.stream().filter(line -> line.theme().kind() == kind).toList();
    }

    /** The largest count of one theme in one period: the full length of the bars. */
    public long largestCell() {
        return lines.stream().flatMap(line -> line.perPeriod().stream()).mapToLong(Long::longValue).max().orElse(0);
    }
}
