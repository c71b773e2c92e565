package org.anslag.learning;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import org.anslag.audit.AuditLog;
import org.anslag.call.Calls;
import org.anslag.call.Programme;
import org.anslag.organisation.UserAccount;
import org.anslag.shared.Actor;
import org.anslag.shared.NotFound;
import org.anslag.shared.Role;
import org.anslag.shared.RuleViolation;

/** ADMIN makes RESEARCHER accounts the accompanying researchers of programmes, and ends that; audited on the programme. */
@Stateless
public class ResearcherAssignments {

    @PersistenceContext
    EntityManager em;
    @EJB
    Calls calls;
    @Inject
    AuditLog audit;
    @Inject
    Clock clock;

    /** Every assignment, by programme and user name. */
    public List<ResearcherAssignment> all(Actor actor) {
        actor.require(Role.ADMIN);
        return em.createQuery("select a from ResearcherAssignment a order by a.programmeId, a.username",
                ResearcherAssignment.class).getResultList();
    }

    public ResearcherAssignment assign(Actor actor, Long programmeId, String username) {
        actor.require(Role.ADMIN);
        if (programmeId == null) {
            throw new RuleViolation("programme", "research.assign.programmeMissing");
        }
        Programme programme = calls.programme(programmeId);
        UserAccount account = username == null ? null : em.find(UserAccount.class, username);
        if (account == null) {
            throw new RuleViolation("researcher", "research.assign.researcherMissing");
        }
        if (!account.getRoles().contains(Role.RESEARCHER) || !account.isActive()) {
            throw new RuleViolation("researcher", "research.assign.notResearcher", account.getFullName());
        }
        if (em.find(ResearcherAssignment.class, new ResearcherAssignment.Key(programmeId, username)) != null) {
            throw new RuleViolation("researcher", "research.assign.already", account.getFullName(), programme.getName());
        }
        ResearcherAssignment assignment = new ResearcherAssignment(programmeId, username, actor.username(), clock.instant());
        em.persist(assignment);
        audit.record(actor.username(), "ASSIGN_RESEARCHER", "programme:" + programmeId, username);
        return assignment;
    }

    public void remove(Actor actor, Long programmeId, String username) {
        actor.require(Role.ADMIN);
        ResearcherAssignment assignment = em.find(ResearcherAssignment.class, new ResearcherAssignment.Key(programmeId, username));
        if (assignment == null) {
            throw new NotFound("researcher " + username + " of programme " + programmeId);
        }
        em.remove(assignment);
        audit.record(actor.username(), "REMOVE_RESEARCHER", "programme:" + programmeId, username);
    }
}
