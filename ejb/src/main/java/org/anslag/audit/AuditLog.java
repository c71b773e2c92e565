package org.anslag.audit;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;

/**
 * Writes audit entries in the caller's transaction, so an entry exists exactly when the change does.
 * An EJB rather than a CDI bean: WildFly can race a CDI bean's {@code @PersistenceContext}
 * against the start of the persistence unit when it deploys the EAR.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class AuditLog {

    @PersistenceContext
    EntityManager em;
    @Inject
    Clock clock;

    public void record(String actor, String action, String subject, String details) {
        em.persist(new AuditEntry(clock.instant(), actor, action, subject, details));
    }

    /** An attempt the rules refused: kept in a transaction of its own, since the caller's is rolled back. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordRefused(String actor, String action, String subject, String details) {
        record(actor, action, subject, details);
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<AuditEntry> about(String subject) {
        return em.createQuery("select a from AuditEntry a where a.subject = :subject order by a.occurredAt, a.id",
                AuditEntry.class).setParameter("subject", subject).getResultList();
    }
}
