package org.anslag.learning;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Optional;
import org.anslag.application.GrantApplication;
import org.anslag.audit.AuditLog;
import org.anslag.notification.Links;
import org.anslag.notification.Mail;
import org.anslag.notification.MailTexts;
import org.anslag.notification.Outbox;
import org.anslag.organisation.Organisation;
import org.anslag.organisation.OrganisationKind;
import org.anslag.organisation.Organisations;
import org.anslag.organisation.UserAccount;
import org.anslag.shared.AccessDenied;
import org.anslag.shared.Actor;
import org.anslag.shared.Role;
import org.anslag.shared.RuleViolation;
import org.anslag.shared.infrastructure.RowLocks;

/**
 * A municipality's signed-in applicant registers, for their own municipality, that it wants to use
 * a funded project's results or has adopted them. Once per project, municipality and kind; the
 * coordinator's applicants are told by mail. A municipality of the project itself registers nothing.
 */
@Stateless
public class Uptakes {

    static final int NOTE_LENGTH = 1000;

    @PersistenceContext
    EntityManager em;
    @EJB
    ResultCatalogue catalogue;
    @EJB
    Organisations organisations;
    @EJB
    Outbox outbox;
    @EJB
    AuditLog audit;
    @Inject
    Clock clock;

    /** True when this registration is new; false when the municipality had registered it already. */
    public boolean register(Actor actor, String number, UptakeKind kind, String note) {
        Organisation municipality = municipalityOf(actor);
        GrantApplication project = catalogue.funded(number);
        if (kind == null) {
            throw new RuleViolation("kind", "validation.required");
        }
        if (project.involves(municipality.getId())) {
            throw new RuleViolation("kind", "uptake.ownProject", municipality.getName());
        }
        String text = note == null || note.isBlank() ? null : note.strip();
        if (text != null && text.length() > NOTE_LENGTH) {
            throw new RuleViolation("note", "uptake.noteTooLong", NOTE_LENGTH);
        }
        // a double click waits here for the first click's registration and then finds it
        RowLocks.lock(em, "grant_application", project.getId());
        if (registered(project, municipality, kind).isPresent()) {
            return false;
        }
        em.persist(new ResultUptake(project, municipality, kind, null, text, actor.username(), clock.instant()));
        audit.record(actor.username(), "REGISTER_UPTAKE", "application:" + number,
                kind + " by " + municipality.getName() + " (" + municipality.getCode() + ")");
        tellCoordinator(project, municipality, kind, text, actor.username());
        return true;
    }

    /** The municipality the actor registers for; only an applicant of a municipality registers. */
    public Organisation municipalityOf(Actor actor) {
        actor.require(Role.APPLICANT);
        Organisation organisation = actor.organisationId() == null ? null : organisations.get(actor.organisationId());
        if (organisation == null || organisation.getKind() != OrganisationKind.MUNICIPALITY) {
            throw new AccessDenied(actor.username() + " belongs to no municipality");
        }
        return organisation;
    }

    public Optional<ResultUptake> registered(GrantApplication project, Organisation municipality, UptakeKind kind) {
        return em.createQuery("""
                        select u from ResultUptake u
                        where u.application = :project and u.municipality = :municipality and u.kind = :kind""", ResultUptake.class)
                .setParameter("project", project).setParameter("municipality", municipality).setParameter("kind", kind)
                .getResultList().stream().findFirst();
    }

    private void tellCoordinator(GrantApplication project, Organisation municipality, UptakeKind kind, String note,
                                 String username) {
        UserAccount registrant = organisations.account(username).orElseThrow();
        String key = "uptake." + kind;
        for (UserAccount user : organisations.applicantsOf(project.getCoordinator().getId())) {
            outbox.queue(new Mail(key + ":" + project.getNumber() + ":" + municipality.getCode() + ":" + user.getUsername(),
                    user.getEmail(), MailTexts.subject(key, municipality.getName(), project.getNumber()),
                    MailTexts.body(key, user.getFullName(), municipality.getName(), project.getNumber(), project.getTitle(),
                            note == null ? "–" : note, registrant.getFullName() + " <" + registrant.getEmail() + ">",
                            Links.to("public/result.xhtml?project=" + project.getNumber()))));
        }
    }
}
