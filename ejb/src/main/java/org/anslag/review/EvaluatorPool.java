package org.anslag.review;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import org.anslag.audit.AuditLog;
import org.anslag.call.Programme;
import org.anslag.organisation.Organisations;
import org.anslag.organisation.UserAccount;
import org.anslag.shared.Actor;
import org.anslag.shared.NotFound;
import org.anslag.shared.Role;
import org.anslag.shared.RuleViolation;

/** The evaluators a programme may call on; managers add and remove them. */
@Stateless
public class EvaluatorPool {

    @PersistenceContext
    EntityManager em;
    @Inject
    Clock clock;
    @Inject
    AuditLog audit;
    @EJB
    Organisations organisations;

    public PoolMember add(Actor actor, Long programmeId, String username, boolean external, String expertise) {
        actor.require(Role.PROGRAMME_MANAGER);
        Programme programme = em.find(Programme.class, programmeId);
        if (programme == null) {
            throw new NotFound("programme " + programmeId);
        }
        UserAccount evaluator = organisations.account(username == null ? "" : username)
                .filter(account -> account.getRoles().contains(Role.EVALUATOR) && account.isActive())
                .orElseThrow(() -> new RuleViolation("evaluator", "pool.notAnEvaluator"));
        if (membership(programmeId, evaluator.getUsername()) != null) {
            throw new RuleViolation("evaluator", "pool.alreadyMember", evaluator.getFullName());
        }
        PoolMember member = new PoolMember(programme, evaluator, external, expertise, clock.instant());
        em.persist(member);
        audit.record(actor.username(), "ADD_TO_POOL", "programme:" + programmeId,
                evaluator.getUsername() + (external ? " (external)" : " (internal)"));
        return member;
    }

    public void remove(Actor actor, Long memberId) {
        actor.require(Role.PROGRAMME_MANAGER);
        PoolMember member = em.find(PoolMember.class, memberId);
        if (member == null) {
            throw new NotFound("pool member " + memberId);
        }
        em.remove(member);
        audit.record(actor.username(), "REMOVE_FROM_POOL", "programme:" + member.getProgramme().getId(),
                member.getUsername());
    }

    public List<PoolMember> of(Long programmeId) {
        return em.createQuery("""
                select m from PoolMember m join fetch m.evaluator
                where m.programme.id = :programme order by m.evaluator.fullName""", PoolMember.class)
                .setParameter("programme", programmeId).getResultList();
    }

    public PoolMember membership(Long programmeId, String username) {
        return em.createQuery("select m from PoolMember m where m.programme.id = :programme and m.evaluator.username = :username",
                        PoolMember.class).setParameter("programme", programmeId).setParameter("username", username)
                .getResultList().stream().findFirst().orElse(null);
    }

    /** Evaluators with an active account and the evaluator role who are not yet in the pool. */
    public List<UserAccount> candidates(Long programmeId) {
        List<String> members = of(programmeId).stream().map(PoolMember::getUsername).toList();
        return organisations.accountsWithRole(Role.EVALUATOR).stream()
                .filter(account -> !members.contains(account.getUsername())).toList();
    }
}
