package org.anslag.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

/** Writes audit entries in the caller's transaction, so an entry exists exactly when the change does. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class AuditLog {

    @PersistenceContext
    EntityManager em;
    @Inject
    Clock clock;

    public void record(String actor, String action, String subject, String details) {
        em.persist(new AuditEntry(clock.instant(), actor, action, subject, details));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditEntry> about(String subject) {
        return em.createQuery("select a from AuditEntry a where a.subject = :subject order by a.occurredAt, a.id",
                AuditEntry.class).setParameter("subject", subject).getResultList();
    }
}
