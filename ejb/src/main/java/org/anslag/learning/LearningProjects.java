package org.anslag.learning;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.anslag.application.Applications;
import org.anslag.application.GrantApplication;
import org.anslag.call.Programme;
import org.anslag.shared.AccessDenied;
import org.anslag.shared.Actor;
import org.anslag.shared.NotFound;
import org.anslag.shared.Role;

/**
 * The funded projects a reader of the programme's learning may open: managers every programme's,
 * a researcher the assigned programmes'. Never a draft or an application still under review.
 */
@Stateless
public class LearningProjects {

    @PersistenceContext
    EntityManager em;
    @EJB
    LearningAccess access;
    @EJB
    Applications applications;

    /** Every funded project of the programme, by number (the figure to download). */
    public List<GrantApplication> of(Actor actor, Long programmeId) {
        Programme programme = access.requireProgramme(actor, programmeId);
        return em.createQuery("""
                select a from GrantApplication a join fetch a.coordinator join fetch a.call
                where a.call.programme = :programme and a.status in :funded order by a.number""", GrantApplication.class)
                .setParameter("programme", programme).setParameter("funded", LearningAccess.FUNDED).getResultList();
    }

    /** How many funded projects a page of the list shows. */
    public static final int PAGE_SIZE = 25;

    /** One page of the programme's funded projects (counted from 1), by number. */
    public FundedProjects pageOf(Actor actor, Long programmeId, int page) {
        Programme programme = access.requireProgramme(actor, programmeId);
        long total = em.createQuery("""
                select count(a) from GrantApplication a
                where a.call.programme = :programme and a.status in :funded""", Long.class)
                .setParameter("programme", programme).setParameter("funded", LearningAccess.FUNDED).getSingleResult();
        int pages = Math.max(1, (int) ((total + PAGE_SIZE - 1) / PAGE_SIZE));
        int shown = Math.min(Math.max(page, 1), pages);
        List<GrantApplication> projects = em.createQuery("""
                select a from GrantApplication a join fetch a.coordinator join fetch a.call
                where a.call.programme = :programme and a.status in :funded order by a.number""", GrantApplication.class)
                .setParameter("programme", programme).setParameter("funded", LearningAccess.FUNDED)
                .setFirstResult((shown - 1) * PAGE_SIZE).setMaxResults(PAGE_SIZE).getResultList();
        return new FundedProjects(projects, shown, pages, total);
    }

    /** A page of funded projects: which page of how many, of how many projects in all. */
    public record FundedProjects(List<GrantApplication> projects, int page, int pages, long total) {

        public int firstShown() {
            return projects.isEmpty() ? 0 : (page - 1) * PAGE_SIZE + 1;
        }

        public int lastShown() {
            return (page - 1) * PAGE_SIZE + projects.size();
        }

        public boolean hasPrevious() {
            return page > 1;
        }

        public boolean hasNext() {
            return page < pages;
        }
    }

    /** One funded project: 403 for a project of a programme the actor does not read, 404 for any other application. */
    public GrantApplication project(Actor actor, String number) {
        actor.require(Role.PROGRAMME_MANAGER, Role.RESEARCHER);
        GrantApplication application = applications.byNumber(number);
        if (!actor.has(Role.PROGRAMME_MANAGER)
                && !access.assigned(actor.username(), application.getCall().getProgramme().getId())) {
            throw new AccessDenied(actor.username() + " is not a researcher of the programme of " + number);
        }
        if (!access.mayReadReports(actor, application)) {
            throw new NotFound("funded project " + number);
        }
        return application;
    }
}
