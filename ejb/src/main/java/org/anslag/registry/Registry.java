package org.anslag.registry;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.anslag.application.ApplicationNumbers;
import org.anslag.application.Applications;
import org.anslag.application.GrantApplication;
import org.anslag.shared.Actor;
import org.anslag.shared.Role;

/**
 * Registers what arrives and what leaves in the caller's transaction, so a document is in the
 * diary exactly when the submission or decision it belongs to commits.
 */
@Stateless
public class Registry {

    /** A page of the diary and how many lines match in all. */
    public record Page(List<RegisteredDocument> lines, long total) {
    }

    @PersistenceContext
    EntityManager em;
    @Inject
    Clock clock;
    @EJB
    ApplicationNumbers numbers;
    @EJB
    Applications applications;

    /** An application arrived: its case gets a number the first time, and the diary a line each time. */
    public String registerIncoming(GrantApplication application, String submittedBy) {
        return registerIncoming(application, submittedBy, clock.instant());
    }

    /** As it happened at {@code at}: the demo's history registers what arrived years ago. */
    public String registerIncoming(GrantApplication application, String submittedBy, Instant at) {
        number(application, at);
        record(application, Direction.INCOMING, "APPLICATION", application.getTitle(), submittedBy, at);
        return application.getDnr();
    }

    /** A decision leaves the agency under its case's number. */
    public String registerOutgoing(GrantApplication application, String kind, String title, String writtenBy) {
        return registerOutgoing(application, kind, title, writtenBy, clock.instant());
    }

    public String registerOutgoing(GrantApplication application, String kind, String title, String writtenBy, Instant at) {
        // a case that never arrived through the diary (none should) is numbered when its decision leaves
        number(application, at);
        record(application, Direction.OUTGOING, kind, title, writtenBy, at);
        return application.getDnr();
    }

    /** The diary, newest first, searched by dnr, application number, title or organisation. */
    public Page page(Actor actor, String search, int first, int size) {
        actor.require(Role.PROGRAMME_MANAGER, Role.ADMIN);
        String pattern = search == null || search.isBlank() ? "%" : "%" + search.strip().toLowerCase(java.util.Locale.ROOT) + "%";
        String where = " from RegisteredDocument d where lower(d.dnr) like :p or lower(d.applicationNumber) like :p"
                + " or lower(d.title) like :p or lower(d.counterpart) like :p";
        List<RegisteredDocument> lines = em.createQuery("select d" + where + " order by d.registeredAt desc, d.id desc",
                RegisteredDocument.class).setParameter("p", pattern).setFirstResult(first).setMaxResults(size).getResultList();
        long total = em.createQuery("select count(d)" + where, Long.class).setParameter("p", pattern).getSingleResult();
        return new Page(lines, total);
    }

    /** A case's documents in the order they were registered, for whoever may see the application. */
    public List<RegisteredDocument> ofCase(Actor actor, Long applicationId) {
        applications.view(actor, applicationId);
        return linesOf(applicationId);
    }

    /** A case's documents with no access check, for services that have checked it themselves. */
    public List<RegisteredDocument> linesOf(Long applicationId) {
        return em.createQuery("select d from RegisteredDocument d where d.applicationId = :application"
                + " order by d.registeredAt, d.id", RegisteredDocument.class).setParameter("application", applicationId)
                .getResultList();
    }

    private void number(GrantApplication application, Instant at) {
        if (application.getDnr() == null) {
            application.registerAs(numbers.nextRegistrationNumber(at));
        }
    }

    private void record(GrantApplication application, Direction direction, String kind, String title, String by,
                        Instant at) {
        em.persist(new RegisteredDocument(application.getDnr(), direction, kind, application.getId(),
                application.getNumber(), title, application.getCoordinator().getName(), at, by));
    }
}
