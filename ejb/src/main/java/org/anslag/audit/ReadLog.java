package org.anslag.audit;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.anslag.shared.Actor;
import org.anslag.shared.Role;

/**
 * Logs which application each member of staff read and which file they downloaded, so ADMIN can
 * answer who has seen a person's data. Applicants reading their own organisation's applications
 * are not logged: they are the data's source, not its processors.
 */
@Stateless
public class ReadLog {

    /** A page of the log and how many entries match in all. */
    public record Page(List<ReadEntry> entries, long total) {
    }

    private static final Set<Role> STAFF = EnumSet.of(Role.PROGRAMME_MANAGER, Role.EVALUATOR, Role.FINANCE, Role.ADMIN,
            Role.RESEARCHER);

    @PersistenceContext
    EntityManager em;
    @Inject
    Clock clock;

    /** Records a read in a transaction of its own, so a page that only reads still leaves its trace. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void read(Actor actor, Long applicationId, String applicationNumber, ReadEntry.What what, String detail) {
        Set<Role> staffRoles = actor.roles().stream().filter(STAFF::contains).collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
        if (staffRoles.isEmpty()) {
            return;
        }
        String roles = staffRoles.stream().map(Role::name).collect(Collectors.joining(","));
        em.persist(new ReadEntry(actor.username(), roles, applicationId, applicationNumber, what, detail, clock.instant()));
    }

    /** The log for ADMIN, newest first, searched by user name or application number. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Page page(Actor actor, String search, int first, int size) {
        actor.require(Role.ADMIN);
        String pattern = search == null || search.isBlank() ? "%" : "%" + search.strip().toLowerCase(Locale.ROOT) + "%";
        String where = " from ReadEntry r where lower(r.username) like :p or lower(r.applicationNumber) like :p";
        List<ReadEntry> entries = em.createQuery("select r" + where + " order by r.readAt desc, r.id desc", ReadEntry.class)
                .setParameter("p", pattern).setFirstResult(first).setMaxResults(size).getResultList();
        long total = em.createQuery("select count(r)" + where, Long.class).setParameter("p", pattern).getSingleResult();
        return new Page(entries, total);
    }
}
