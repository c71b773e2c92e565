package org.anslag.learning;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.anslag.application.GrantApplication;
import org.anslag.application.PartnerConfirmation;
import org.anslag.followup.FinalReport;
import org.anslag.followup.ReportOutcome;
import org.anslag.followup.ReusableResult;
import org.anslag.followup.TermKind;
import org.anslag.followup.VocabularyTerm;
import org.anslag.organisation.County;
import org.anslag.organisation.Organisation;
import org.anslag.shared.Clocks;
import org.anslag.shared.NotFound;

/**
 * The public catalogue of funded projects, running (granted) and finished (closed): never a
 * draft, an application under review or a rejected one, and nothing about people.
 */
@Stateless
public class ResultCatalogue {

    public static final int PAGE_SIZE = 10;

    @PersistenceContext
    EntityManager em;

    public CataloguePage search(CatalogueQuery query) {
        Map<String, Object> parameters = new HashMap<>();
        String where = where(query, parameters);
        TypedQuery<Long> count = em.createQuery("select count(a) from GrantApplication a where " + where, Long.class);
        TypedQuery<GrantApplication> found = em.createQuery("select a from GrantApplication a where " + where
                + " order by a.number desc", GrantApplication.class);
        parameters.forEach((name, value) -> {
            count.setParameter(name, value);
            found.setParameter(name, value);
        });
        List<CatalogueEntry> entries = found.setFirstResult((query.page() - 1) * PAGE_SIZE).setMaxResults(PAGE_SIZE)
                .getResultList().stream().map(this::entry).toList();
        return new CataloguePage(entries, count.getSingleResult(), query.page(), PAGE_SIZE);
    }

    /** The funded project with this number; 404 for any other, so drafts stay unknown to the public. */
    public CatalogueEntry project(String number) {
        return entry(funded(number));
    }

    public GrantApplication funded(String number) {
        return em.createQuery("select a from GrantApplication a where a.number = :number and a.status in :funded",
                        GrantApplication.class).setParameter("number", number)
                .setParameter("funded", LearningAccess.FUNDED).getResultList().stream().findFirst()
                .orElseThrow(() -> new NotFound("funded project " + number));
    }

    public List<County> counties() {
        return em.createQuery("select c from County c order by c.name", County.class).getResultList();
    }

    /** The tags funded projects reported, one per Swedish label (each programme has its own copy of a term). */
    public List<VocabularyTerm> tags() {
        Map<String, VocabularyTerm> byLabel = new LinkedHashMap<>();
        em.createQuery("""
                        select distinct t.term from ProgressReport r join r.tags t
                        where r.application.status in :funded""", VocabularyTerm.class)
                .setParameter("funded", LearningAccess.FUNDED).getResultList().stream()
                .sorted(Comparator.comparing(VocabularyTerm::getLabelSv).thenComparing(VocabularyTerm::getId))
                .forEach(term -> byLabel.putIfAbsent(term.getLabelSv(), term));
        return List.copyOf(byLabel.values());
    }

    public boolean isCounty(String code) {
        return em.find(County.class, code) != null;
    }

    public boolean isTag(Long termId) {
        return em.find(VocabularyTerm.class, termId) != null;
    }

    private static String where(CatalogueQuery query, Map<String, Object> parameters) {
        StringBuilder where = new StringBuilder("a.status in :funded");
        parameters.put("funded", LearningAccess.FUNDED);
        if (query.text() != null) {
            where.append(" " + """
                     and (lower(a.title) like :text escape '!' or lower(a.summary) like :text escape '!'
                      or lower(a.coordinator.name) like :text escape '!'
                      or exists (select 1 from GrantApplication x join x.partners p where x = a and lower(p.organisation.name) like :text escape '!')
                      or exists (select 1 from FinalReport f join f.results r where f.application = a
                                 and (lower(r.title) like :text escape '!' or lower(r.description) like :text escape '!')))""");
            parameters.put("text", "%" + query.text().toLowerCase().replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
        }
        if (query.theme() != null) {
            where.append(" and a.call.type = :theme");
            parameters.put("theme", query.theme());
        }
        if (query.county() != null) {
            where.append(" " + """
                     and (a.coordinator.county.code = :county
                      or exists (select 1 from GrantApplication x join x.partners p where x = a and p.organisation.county.code = :county))""");
            parameters.put("county", query.county());
        }
        if (query.tag() != null) {
            // the same label in any programme's vocabulary: each programme keeps its own copy of a term
            where.append(" " + """
                     and exists (select 1 from ProgressReport r join r.tags t where r.application = a
                      and t.term.labelSv = (select v.labelSv from VocabularyTerm v where v.id = :tag))""");
            parameters.put("tag", query.tag());
        }
        return where.toString();
    }

    private CatalogueEntry entry(GrantApplication project) {
        List<Organisation> municipalities = new ArrayList<>();
        municipalities.add(project.getCoordinator());
        project.getPartners().stream().filter(p -> p.getConfirmation() == PartnerConfirmation.CONFIRMED)
                .map(p -> p.getOrganisation()).forEach(municipalities::add);
        List<VocabularyTerm> terms = em.createQuery("""
                        select distinct t.term from ProgressReport r join r.tags t
                        where r.application = :project and (r.outcome is null or r.outcome <> :sentBack)""", VocabularyTerm.class)
                .setParameter("project", project).setParameter("sentBack", ReportOutcome.SENT_BACK).getResultList().stream()
                .map(term -> term.getMergedInto() == null ? term : term.getMergedInto()).distinct()
                .sorted(Comparator.comparing(VocabularyTerm::getLabelSv)).toList();
        return new CatalogueEntry(project, municipalities, startsOn(project), endsOn(project), results(project),
                terms.stream().filter(t -> t.getKind() == TermKind.HINDER).toList(),
                terms.stream().filter(t -> t.getKind() == TermKind.SUCCESS_FACTOR).toList(), uptakes(project));
    }

    private List<ReusableResult> results(GrantApplication project) {
        return em.createQuery("""
                        select f from FinalReport f where f.application = :project and f.outcome = :approved
                        order by f.revision desc""", FinalReport.class)
                .setParameter("project", project).setParameter("approved", ReportOutcome.APPROVED).setMaxResults(1)
                .getResultList().stream().findFirst().map(FinalReport::getResults).orElse(List.of());
    }

    private List<ResultUptake> uptakes(GrantApplication project) {
        return em.createQuery("""
                        select u from ResultUptake u join fetch u.municipality
                        where u.application = :project order by u.registeredAt, u.id""", ResultUptake.class)
                .setParameter("project", project).getResultList();
    }

    /** The day the coordinator accepted the grant agreement: the project starts. */
    private LocalDate startsOn(GrantApplication project) {
        return em.createQuery("select g.acceptedAt from GrantAgreement g where g.application = :project", Instant.class)
                .setParameter("project", project).getResultList().stream().filter(java.util.Objects::nonNull).findFirst()
                .map(accepted -> LocalDate.ofInstant(accepted, Clocks.STOCKHOLM)).orElse(null);
    }

    /** The end of its last reporting period. */
    private LocalDate endsOn(GrantApplication project) {
        return em.createQuery("select max(p.endsOn) from ReportingPeriod p where p.applicationId = :id", LocalDate.class)
                .setParameter("id", project.getId()).getSingleResult();
    }
}
