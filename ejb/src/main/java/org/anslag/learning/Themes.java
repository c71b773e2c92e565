package org.anslag.learning;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.anslag.followup.ProgressReport;
import org.anslag.followup.ReportTag;
import org.anslag.followup.VocabularyTerm;
import org.anslag.organisation.County;
import org.anslag.shared.Actor;
import org.anslag.shared.Clocks;
import org.anslag.shared.NotFound;

/**
 * Hinders and success factors across a programme's progress reports. Only funded projects count,
 * and of a period's report only its newest version (a revision replaces what was sent back), so a
 * reported hinder counts once per project and period.
 */
@Stateless
public class Themes {

    @PersistenceContext
    EntityManager em;
    @EJB
    LearningAccess access;

    public ThemeFrequencies frequencies(Actor actor, ThemeFilter filter) {
        access.requireProgramme(actor, filter.programmeId());
        List<Theme> themes = em.createQuery("""
                select t from VocabularyTerm t where t.programme.id = :programme and t.mergedInto is null
                order by t.kind, t.labelSv""", VocabularyTerm.class)
                .setParameter("programme", filter.programmeId()).getResultStream().map(Theme::of).toList();
        List<ThemeFrequencies.Tagged> tagged = reports(filter).stream()
                .map(report -> new ThemeFrequencies.Tagged(report.getPeriodNumber(),
                        tags(report).map(tag -> tag.getTerm().getId()).toList())).toList();
        return ThemeFrequencies.tally(themes, tagged);
    }

    /** The drill-down: what each readable report of the filter wrote about the term. */
    public List<ThemeExcerpt> excerpts(Actor actor, ThemeFilter filter, Long termId) {
        access.requireProgramme(actor, filter.programmeId());
        return reports(filter).stream().filter(report -> access.mayReadReports(actor, report.getApplication()))
                .flatMap(report -> tags(report).filter(tag -> tag.getTerm().getId().equals(termId))
                        .map(tag -> excerpt(report, tag)))
                .sorted(Comparator.comparing(ThemeExcerpt::period).thenComparing(ThemeExcerpt::number)).toList();
    }

    /** The programme's term, or not found: a drill-down never reaches another programme's vocabulary. */
    public Theme theme(Actor actor, Long programmeId, Long termId) {
        access.requireProgramme(actor, programmeId);
        VocabularyTerm term = termId == null ? null : em.find(VocabularyTerm.class, termId);
        if (term == null || !term.getProgramme().getId().equals(programmeId)) {
            throw new NotFound("term " + termId);
        }
        return Theme.of(term);
    }

    /** The 21 counties by name, for the county filter. */
    public List<County> counties() {
        return em.createQuery("select c from County c order by c.name", County.class).getResultList();
    }

    /** The county a filter names, for a figure's cover sheet; null when the filter names none. */
    public County county(String code) {
        return code == null ? null : em.find(County.class, code);
    }

    private List<ProgressReport> reports(ThemeFilter filter) {
        StringBuilder jpql = new StringBuilder("""
                select r from ProgressReport r join r.application a join a.coordinator c left join c.county cc
                where a.call.programme.id = :programme and a.status in :funded""");
        if (filter.callType() != null) {
            jpql.append(" and a.call.type = :type");
        }
        if (filter.countyCode() != null) {
            jpql.append(" and cc.code = :county");
        }
        if (filter.period() != null) {
            jpql.append(" and r.periodNumber = :period");
        }
        TypedQuery<ProgressReport> query = em.createQuery(jpql.toString(), ProgressReport.class)
                .setParameter("programme", filter.programmeId()).setParameter("funded", LearningAccess.FUNDED);
        if (filter.callType() != null) {
            query.setParameter("type", filter.callType());
        }
        if (filter.countyCode() != null) {
            query.setParameter("county", filter.countyCode());
        }
        if (filter.period() != null) {
            query.setParameter("period", filter.period());
        }
        Map<String, ProgressReport> newest = query.getResultStream().collect(Collectors.toMap(
                report -> report.getApplication().getId() + ":" + report.getPeriodNumber(), report -> report,
                (one, other) -> one.getRevision() > other.getRevision() ? one : other));
        return newest.values().stream()
                .filter(report -> filter.year() == null
                        || Objects.equals(filter.year(), report.getSubmittedAt().atZone(Clocks.STOCKHOLM).getYear()))
                .toList();
    }

    private static Stream<ReportTag> tags(ProgressReport report) {
        return Stream.concat(report.getHinders().stream(), report.getSuccessFactors().stream());
    }

    private static ThemeExcerpt excerpt(ProgressReport report, ReportTag tag) {
        var application = report.getApplication();
        return new ThemeExcerpt(application.getNumber(), application.getTitle(), application.getCoordinator().getName(),
                report.getPeriodNumber(), report.getSubmittedAt().atZone(Clocks.STOCKHOLM).toLocalDate(), tag.getExcerpt());
    }
}
