package org.anslag.learning;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The programme's coverage of Sweden's municipalities, counted from the participations in scope:
 * distinct municipalities that applied (any submitted application) and that were funded (granted
 * or closed), overall, by county, per call, per call type and per year; and spread, municipalities
 * that adopted a result or that reports name, when they do not take part themselves.
 */
public record CoverageFigures(List<Municipality> municipalities, Set<String> applied, Set<String> funded, Set<String> spread,
                              Map<String, MapStatus> status, List<CountyRow> counties, List<GroupRow> calls,
                              List<GroupRow> callTypes, List<GroupRow> years) {

    /** A municipality of the reference data. */
    public record Municipality(String code, String name, String countyCode, String countyName) {
    }

    public record CountyRow(String code, String name, int municipalities, int participating, int funded) {
        public double share() {
            return municipalities == 0 ? 0 : (double) participating / municipalities;
        }
    }

    /** A call, call type or year: applications in it and the distinct municipalities on them. */
    public record GroupRow(String key, String label, int applications, int participating, int funded) {
    }

    public static CoverageFigures count(List<Municipality> municipalities, List<Participation> participations,
                                        Collection<String> spreadNamed) {
        Set<String> applied = codes(participations);
        Set<String> funded = codes(participations.stream().filter(Participation::funded).toList());
        Set<String> spread = new HashSet<>(spreadNamed);
        spread.removeAll(applied);
        Map<String, MapStatus> status = new LinkedHashMap<>();
        Set<String> fundedCoordinators = codes(participations.stream().filter(p -> p.funded() && p.coordinator()).toList());
        for (Municipality municipality : municipalities) {
            String code = municipality.code();
            status.put(code, fundedCoordinators.contains(code) ? MapStatus.COORDINATOR
                    : funded.contains(code) ? MapStatus.PARTNER
                    : applied.contains(code) ? MapStatus.APPLIED
                    : spread.contains(code) ? MapStatus.ADOPTED : MapStatus.NONE);
        }
        return new CoverageFigures(municipalities, applied, funded, spread, status,
                counties(municipalities, applied, funded),
                groups(participations, p -> p.callId().toString(), Participation::callTitle),
                groups(participations, p -> p.callType().name(), p -> p.callType().name()),
                groups(participations, p -> Integer.toString(p.submittedOn().getYear()), p -> Integer.toString(p.submittedOn().getYear())));
    }

    public int participating() {
        return applied.size();
    }

    public double participatingShare() {
        return municipalities.isEmpty() ? 0 : (double) applied.size() / municipalities.size();
    }

    private static List<CountyRow> counties(List<Municipality> municipalities, Set<String> applied, Set<String> funded) {
        Map<String, List<Municipality>> byCounty = municipalities.stream()
                .collect(Collectors.groupingBy(Municipality::countyCode, TreeMap::new, Collectors.toList()));
        return byCounty.values().stream().map(inCounty -> new CountyRow(inCounty.get(0).countyCode(), inCounty.get(0).countyName(),
                inCounty.size(),
                (int) inCounty.stream().filter(m -> applied.contains(m.code())).count(),
                (int) inCounty.stream().filter(m -> funded.contains(m.code())).count())).toList();
    }

    private static List<GroupRow> groups(List<Participation> participations, Function<Participation, String> key,
                                         Function<Participation, String> label) {
        Map<String, List<Participation>> grouped = participations.stream()
                .collect(Collectors.groupingBy(key, TreeMap::new, Collectors.toList()));
        return grouped.entrySet().stream().map(group -> new GroupRow(group.getKey(), label.apply(group.getValue().get(0)),
                (int) group.getValue().stream().map(Participation::applicationId).distinct().count(),
                codes(group.getValue()).size(),
                codes(group.getValue().stream().filter(Participation::funded).toList()).size()))
                .sorted(Comparator.comparing(GroupRow::key, Comparator.comparing((String k) -> k.length()).thenComparing(k -> k)))
                .toList();
    }

    private static Set<String> codes(List<Participation> participations) {
        return participations.stream().map(Participation::municipalityCode).collect(Collectors.toSet());
    }
}
