package org.anslag.learning;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.anslag.application.ApplicationStatus;
import org.anslag.application.GrantApplication;
import org.anslag.call.Calls;
import org.anslag.call.Programme;
import org.anslag.shared.AccessDenied;
import org.anslag.shared.Actor;
import org.anslag.shared.Role;

/**
 * Who may read the learning of a programme: programme managers read every programme; an
 * accompanying researcher reads the programmes ADMIN assigned them to, and there only the reports
 * of funded projects, never a draft, an application under review or anyone's personal data.
 * Everyone else reads no learning page.
 */
@Stateless
public class LearningAccess {

    /** Projects whose reports a researcher may read: funded, running or closed. */
    static final Set<ApplicationStatus> FUNDED = EnumSet.of(ApplicationStatus.GRANTED, ApplicationStatus.CLOSED);

    @PersistenceContext
    EntityManager em;
    @EJB
    Calls calls;

    /** The programmes the actor may read the learning of, newest first. */
    public List<Programme> programmes(Actor actor) {
        if (actor.has(Role.PROGRAMME_MANAGER)) {
            return calls.programmes();
        }
        actor.require(Role.RESEARCHER);
        return em.createQuery("""
                select p from Programme p where p.id in
                  (select a.programmeId from ResearcherAssignment a where a.username = :username)
                order by p.startsOn desc, p.id desc""", Programme.class)
                .setParameter("username", actor.username()).getResultList();
    }

    /**
     * The programme a learning page opens with when none is chosen: the newest readable one that
     * has funded projects (a programme just started has nothing to learn from yet), else the newest.
     */
    public Optional<Programme> defaultProgramme(Actor actor) {
        List<Programme> readable = programmes(actor);
        return readable.stream().filter(this::hasFundedProjects).findFirst().or(() -> readable.stream().findFirst());
    }

    private boolean hasFundedProjects(Programme programme) {
        return !em.createQuery("""
                select a.id from GrantApplication a where a.call.programme = :programme and a.status in :funded""", Long.class)
                .setParameter("programme", programme).setParameter("funded", FUNDED).setMaxResults(1).getResultList().isEmpty();
    }

    /** The programme, when the actor may read its learning; 404 for an unknown id, 403 for another's. */
    public Programme requireProgramme(Actor actor, Long programmeId) {
        actor.require(Role.PROGRAMME_MANAGER, Role.RESEARCHER);
        Programme programme = calls.programme(programmeId);
        if (!actor.has(Role.PROGRAMME_MANAGER) && !assigned(actor.username(), programmeId)) {
            throw new AccessDenied(actor.username() + " is not a researcher of programme " + programmeId);
        }
        return programme;
    }

    /** May the actor read this project's reports on the learning pages (drill-down, notes, catalogue excerpts)? */
    public boolean mayReadReports(Actor actor, GrantApplication application) {
        if (!FUNDED.contains(application.getStatus())) {
            return false;
        }
        if (actor.has(Role.PROGRAMME_MANAGER)) {
            return true;
        }
        return actor.has(Role.RESEARCHER) && assigned(actor.username(), application.getCall().getProgramme().getId());
    }

    public boolean assigned(String username, Long programmeId) {
        return em.find(ResearcherAssignment.class, new ResearcherAssignment.Key(programmeId, username)) != null;
    }
}
