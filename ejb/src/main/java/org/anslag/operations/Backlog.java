package org.anslag.operations;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.anslag.workflow.ProcessEngineBootstrap;

/**
 * What waits to be done in the background, counted for the metrics: jobs the job executor may run
 * now, jobs out of retries, mail still to send and mail the outbox gave up on. No one signs in to
 * ask; the metrics endpoint shows numbers only.
 */
@Stateless
public class Backlog {

    @EJB
    ProcessEngineBootstrap bootstrap;
    @PersistenceContext
    EntityManager em;

    /** Due and with retries left: the job executor's queue. */
    public long jobsDue() {
        return bootstrap.engine().getManagementService().createJobQuery().executable().count();
    }

    /** Out of retries, each an incident on the Drift page until someone retries it. */
    public long jobsFailed() {
        return bootstrap.engine().getManagementService().createJobQuery().noRetriesLeft().count();
    }

    public long mailWaiting() {
        return em.createQuery("select count(m) from OutboxMessage m where m.sentAt is null and m.attempts < m.attemptLimit",
                Long.class).getSingleResult();
    }

    public long mailGivenUp() {
        return em.createQuery("select count(m) from OutboxMessage m where m.sentAt is null and m.attempts >= m.attemptLimit",
                Long.class).getSingleResult();
    }
}
