package org.anslag.learning;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.anslag.application.ApplicationStatus;
import org.anslag.call.CallType;
import org.anslag.call.Programme;
import org.anslag.shared.Actor;
import org.anslag.shared.Clocks;
import org.anslag.shared.Role;

/**
 * Counts the programme's coverage of the municipalities. Only submitted applications count (never a
 * draft); a partner counts unless they declined or let the confirmation lapse. The counts are
 * aggregates with municipality names, never people, so the public page shows them too.
 */
@Stateless
public class Coverage {

    private static final String PARTICIPATIONS = """
            select a.id, a.status, a.submittedAt, c.programme.id, c.id, c.title, c.type, o.code
            from GrantApplication a join a.call c %s
            where a.status not in (org.anslag.application.ApplicationStatus.DRAFT, org.anslag.application.ApplicationStatus.ERASED)
              and o.kind = org.anslag.organisation.OrganisationKind.MUNICIPALITY %s""";

    @PersistenceContext
    EntityManager em;
    @EJB
    LearningAccess access;

    /** The coverage a manager or researcher may read, for the filters they chose. */
    public CoverageFigures figures(Actor actor, Map<String, String> filters) {
        actor.require(Role.PROGRAMME_MANAGER, Role.RESEARCHER);
        Set<Long> readable = actor.has(Role.PROGRAMME_MANAGER) ? null
                : access.programmes(actor).stream().map(Programme::getId).collect(Collectors.toSet());
        CoverageScope scope = CoverageScope.of(readable, filters);
        if (scope.programme() != null) {
            access.requireProgramme(actor, scope.programme());
        }
        return figures(scope);
    }

    /** The coverage of every programme (or the filtered one), as the public sees it. */
    public CoverageFigures publicFigures(Map<String, String> filters) {
        return figures(CoverageScope.of(null, filters));
    }

    CoverageFigures figures(CoverageScope scope) {
        List<Participation> participations = participations().stream().filter(scope::includes).toList();
        Set<Long> applications = participations.stream().map(Participation::applicationId).collect(Collectors.toSet());
        return CoverageFigures.count(municipalities(), participations, spreadNamed(applications));
    }

    public List<CoverageFigures.Municipality> municipalities() {
        return em.createQuery("""
                select o.code, o.name, c.code, c.name from Organisation o join o.county c
                where o.kind = org.anslag.organisation.OrganisationKind.MUNICIPALITY order by o.code""", Object[].class)
                .getResultStream().map(row -> new CoverageFigures.Municipality((String) row[0], (String) row[1],
                        (String) row[2], (String) row[3])).toList();
    }

    List<Participation> participations() {
        List<Participation> all = new ArrayList<>();
        read(PARTICIPATIONS.formatted("join a.coordinator o", ""), true, all);
        read(PARTICIPATIONS.formatted("join a.partners p join p.organisation o",
                "and p.confirmation not in (org.anslag.application.PartnerConfirmation.DECLINED, org.anslag.application.PartnerConfirmation.LAPSED)"), false, all);
        return all;
    }

    private void read(String query, boolean coordinator, List<Participation> into) {
        for (Object[] row : em.createQuery(query, Object[].class).getResultList()) {
            ApplicationStatus status = (ApplicationStatus) row[1];
            Instant submitted = row[2] == null ? Instant.EPOCH : (Instant) row[2];
            into.add(new Participation((Long) row[0], LearningAccess.FUNDED.contains(status),
                    submitted.atZone(Clocks.STOCKHOLM).toLocalDate(), (Long) row[3], (Long) row[4], (String) row[5],
                    (CallType) row[6], (String) row[7], coordinator));
        }
    }

    /** Municipalities that adopted a result of, or were named as spread in the reports of, these applications. */
    private Set<String> spreadNamed(Set<Long> applications) {
        Set<String> named = new HashSet<>();
        if (applications.isEmpty()) {
            return named;
        }
        named.addAll(em.createQuery("""
                select u.municipality.code from ResultUptake u
                where u.kind = org.anslag.learning.UptakeKind.ADOPTION and u.application.id in :applications""", String.class)
                .setParameter("applications", applications).getResultList());
        named.addAll(em.createNativeQuery("""
                select o.code from report_spread s join progress_report r on r.id = s.report_id
                join organisation o on o.id = s.organisation_id where r.application_id in (:applications)""")
                .setParameter("applications", applications).getResultList().stream().map(String::valueOf).toList());
        return named;
    }
}
