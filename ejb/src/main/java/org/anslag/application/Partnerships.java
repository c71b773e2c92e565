package org.anslag.application;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import org.anslag.audit.AuditLog;
import org.anslag.shared.AccessDenied;
import org.anslag.shared.Actor;
import org.anslag.shared.NotFound;
import org.anslag.shared.Role;
import org.anslag.shared.RuleViolation;
import org.anslag.workflow.PartnerConfirmationProcess;

/** Partner municipalities answering a coordinator's request to take part in an application. */
@Stateless
public class Partnerships {

    @PersistenceContext
    EntityManager em;
    @Inject
    Clock clock;
    @Inject
    AuditLog audit;
    @EJB
    PartnerConfirmationProcess requests;
    @EJB
    Applications applications;
    @Inject
    Event<PartnerAnswered> answered;

    /**
     * The partner's answer, given by one of its applicant users. The application row is locked, so
     * two colleagues answering at once give one answer and a clear message to the second.
     */
    public GrantApplication answer(Actor actor, Long applicationId, boolean confirmed, String comment) {
        actor.require(Role.APPLICANT);
        GrantApplication application = applications.locked(applicationId);
        Long organisationId = actor.organisationId();
        ApplicationPartner partner = application.partner(organisationId);
        if (application.getStatus() != ApplicationStatus.DRAFT) {
            throw new RuleViolation("answer", "application.notDraft");
        }
        partner.answer(confirmed, actor.username(), clock.instant(), comment);
        requests.answer(application.getNumber(), organisationId, confirmed);
        audit.record(actor.username(), confirmed ? "PARTNER_CONFIRMED" : "PARTNER_DECLINED",
                Applications.subject(application), partner.getOrganisation().getName()
                        + (partner.getAnswerComment() == null ? "" : ": " + partner.getAnswerComment()));
        answered.fire(new PartnerAnswered(application.getId(), application.getNumber(), organisationId, confirmed,
                actor.username(), partner.getAnswerComment()));
        return application;
    }

    /** A partner joins a running grant by an approved change request (see {@link GrantApplication#admitPartner}). */
    public void admit(GrantApplication application, Long organisationId, Long replacedOrganisationId,
                      String confirmedBy, java.time.Instant confirmedAt) {
        application.admitPartner(em.find(org.anslag.organisation.Organisation.class, organisationId),
                replacedOrganisationId, confirmedBy, confirmedAt);
    }

    /** Nobody answered before the deadline; the coordinator sees it in the checklist. */
    public void lapse(Long applicationId, Long organisationId) {
        GrantApplication application = applications.locked(applicationId);
        application.getPartners().stream().filter(p -> p.getOrganisation().getId().equals(organisationId))
                .findFirst().ifPresent(partner -> {
                    partner.lapse();
                    audit.record("system", "PARTNER_LAPSED", Applications.subject(application),
                            partner.getOrganisation().getName());
                });
    }

    /** Drafts in which the actor's organisation is asked to take part and has not answered yet. */
    public List<GrantApplication> waitingForAnswer(Actor actor) {
        actor.require(Role.APPLICANT);
        return em.createQuery("""
                select a from GrantApplication a join a.partners p
                where p.organisation.id = :org and p.confirmation = :pending and a.status = :draft
                order by a.createdAt""", GrantApplication.class)
                .setParameter("org", actor.organisationId())
                .setParameter("pending", PartnerConfirmation.PENDING)
                .setParameter("draft", ApplicationStatus.DRAFT).getResultList();
    }

    /** The application as a partner's user sees it when answering. */
    public GrantApplication request(Actor actor, Long applicationId) {
        actor.require(Role.APPLICANT);
        GrantApplication application = em.find(GrantApplication.class, applicationId);
        if (application == null) {
            throw new NotFound("application " + applicationId);
        }
        if (application.getCoordinator().getId().equals(actor.organisationId())) {
            throw new AccessDenied(actor.username() + " coordinates " + application.getNumber());
        }
        application.partner(actor.organisationId());
        return application;
    }
}
