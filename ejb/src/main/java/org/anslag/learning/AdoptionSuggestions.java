package org.anslag.learning;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.anslag.organisation.MunicipalityMap;
import org.anslag.shared.NotFound;

/**
 * Municipalities that could adopt a funded project's results: those not yet taking part that share
 * a boundary with a participant, or whose own projects reported the same hinders. Each comes with
 * its reasons. Drafts and unfunded applications are not public, so they have no suggestions.
 */
@Stateless
public class AdoptionSuggestions {

    /** Why a municipality is suggested: it borders a participant, or reported the same hinder. */
    public record Reason(boolean neighbour, String detailSv, String detailEn) {
    }

    public record Suggestion(String code, String name, List<Reason> reasons) {
    }

    private static final String PARTICIPANTS = """
            select a.id, o.code from grant_application a join organisation o on o.id = a.coordinator_id
            where a.id in (:applications) and o.kind = 'MUNICIPALITY'
            union all
            select p.application_id, o.code from application_partner p join organisation o on o.id = p.organisation_id
            where p.application_id in (:applications) and o.kind = 'MUNICIPALITY' and p.confirmation not in ('DECLINED', 'LAPSED')""";

    @PersistenceContext
    EntityManager em;
    @EJB
    MunicipalityMap map;
    @EJB
    Coverage coverage;

    public List<Suggestion> forProject(String applicationNumber) {
        Long project = fundedProject(applicationNumber);
        Map<String, String> names = coverage.municipalities().stream()
                .collect(Collectors.toMap(CoverageFigures.Municipality::code, CoverageFigures.Municipality::name));
        Set<String> taking = new TreeSet<>(participants(List.of(project)).values().stream().flatMap(Collection::stream).toList());
        taking.addAll(adopters(project));
        Map<String, List<Reason>> reasons = new TreeMap<>();
        for (String participant : taking) {
            for (String neighbour : map.neighbours(participant)) {
                add(reasons, taking, neighbour, new Reason(true, names.get(participant), names.get(participant)));
            }
        }
        for (Object[] hinder : sameHinders(project)) {
            Long otherProject = ((Number) hinder[0]).longValue();
            for (String municipality : participants(List.of(otherProject)).getOrDefault(otherProject, List.of())) {
                add(reasons, taking, municipality, new Reason(false, (String) hinder[1], (String) hinder[2]));
            }
        }
        return reasons.entrySet().stream().filter(entry -> names.containsKey(entry.getKey()))
                .map(entry -> new Suggestion(entry.getKey(), names.get(entry.getKey()), entry.getValue())).toList();
    }

    private Long fundedProject(String applicationNumber) {
        List<?> ids = em.createNativeQuery("select id from grant_application where application_number = ?1 and status in ('GRANTED', 'CLOSED')")
                .setParameter(1, applicationNumber == null ? "" : applicationNumber.strip()).getResultList();
        if (ids.isEmpty()) {
            throw new NotFound("project " + applicationNumber);
        }
        return ((Number) ids.get(0)).longValue();
    }

    private static void add(Map<String, List<Reason>> reasons, Set<String> taking, String municipality, Reason reason) {
        if (!taking.contains(municipality)) {
            List<Reason> its = reasons.computeIfAbsent(municipality, code -> new ArrayList<>());
            if (!its.contains(reason)) {
                its.add(reason);
            }
        }
    }

    private Map<Long, List<String>> participants(Collection<Long> applications) {
        List<?> rows = em.createNativeQuery(PARTICIPANTS).setParameter("applications", applications).getResultList();
        return rows.stream().map(Object[].class::cast).collect(Collectors.groupingBy(row -> ((Number) row[0]).longValue(),
                LinkedHashMap::new, Collectors.mapping(row -> (String) row[1], Collectors.toList())));
    }

    private List<String> adopters(Long project) {
        return em.createQuery("""
                select u.municipality.code from ResultUptake u
                where u.application.id = :project and u.kind = org.anslag.learning.UptakeKind.ADOPTION""", String.class)
                .setParameter("project", project).getResultList();
    }

    /** Other projects whose reports name a hinder this project's reports name: (project, label sv, label en). */
    private List<Object[]> sameHinders(Long project) {
        List<?> rows = em.createNativeQuery("""
                select distinct other.application_id, t.label_sv, t.label_en
                from report_tag mine join progress_report r on r.id = mine.report_id
                join vocabulary_term t on t.id = mine.term_id
                join report_tag theirs on theirs.term_id = mine.term_id
                join progress_report other on other.id = theirs.report_id
                where r.application_id = ?1 and other.application_id <> ?1 and t.kind = 'HINDER'""")
                .setParameter(1, project).getResultList();
        return rows.stream().map(Object[].class::cast).toList();
    }
}
