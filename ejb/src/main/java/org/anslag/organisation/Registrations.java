package org.anslag.organisation;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import org.anslag.audit.AuditLog;
import org.anslag.notification.Links;
import org.anslag.notification.Mail;
import org.anslag.notification.MailTexts;
import org.anslag.notification.Outbox;
import org.anslag.shared.Actor;
import org.anslag.shared.NotFound;
import org.anslag.shared.Role;
import org.anslag.shared.RuleViolation;

/** Municipality users who register themselves, and the administrators who approve or reject them. */
@Stateless
public class Registrations {

    @PersistenceContext
    EntityManager em;
    @Inject
    Clock clock;
    @Inject
    AuditLog audit;
    @Inject
    Outbox outbox;
    @jakarta.ejb.EJB
    Organisations organisations;

    /** What a new user types on the registration page. */
    public record Application(String fullName, String email, String username, char[] password, Long municipalityId) {
    }

    public UserAccount register(Application typed) {
        if (typed.fullName() == null || typed.fullName().isBlank()) {
            throw new RuleViolation("fullName", "validation.required");
        }
        String email = Credentials.email(typed.email());
        String username = Credentials.username(typed.username());
        String passwordHash = Credentials.passwordHash(typed.password());
        Credentials.requireUnknown(em, username, email);
        Organisation municipality = typed.municipalityId() == null ? null : em.find(Organisation.class, typed.municipalityId());
        if (municipality == null || municipality.getKind() != OrganisationKind.MUNICIPALITY) {
            throw new RuleViolation("municipality", "registration.chooseMunicipality");
        }
        UserAccount account = UserAccount.registered(username, passwordHash, typed.fullName().strip(),
                email, municipality, clock.instant());
        em.persist(account);
        audit.record(username, "REGISTER", "user:" + username, municipality.getLabel());
        for (UserAccount admin : organisations.accountsWithRole(Role.ADMIN)) {
            outbox.queue(new Mail("registration:" + username + ":" + admin.getUsername(), admin.getEmail(),
                    MailTexts.subject("registration", account.getFullName()),
                    MailTexts.body("registration", account.getFullName(), municipality.getName(), email,
                            Links.to("admin/registrations.xhtml"))));
        }
        return account;
    }

    public List<UserAccount> pending(Actor actor) {
        actor.require(Role.ADMIN);
        return em.createQuery("select u from UserAccount u where u.registration = :pending order by u.registeredAt",
                UserAccount.class).setParameter("pending", Registration.PENDING).getResultList();
    }

    public UserAccount approve(Actor actor, String username) {
        actor.require(Role.ADMIN);
        UserAccount account = account(username);
        account.approve();
        audit.record(actor.username(), "APPROVE_USER", "user:" + username, account.getOrganisation().getLabel());
        outbox.queue(new Mail("approved:" + username, account.getEmail(), MailTexts.subject("approved"),
                MailTexts.body("approved", account.getFullName(), username, Links.to("login.xhtml"))));
        return account;
    }

    public UserAccount reject(Actor actor, String username, String note) {
        actor.require(Role.ADMIN);
        UserAccount account = account(username);
        account.reject(note);
        audit.record(actor.username(), "REJECT_USER", "user:" + username, note);
        outbox.queue(new Mail("rejected:" + username, account.getEmail(), MailTexts.subject("rejected"),
                MailTexts.body("rejected", account.getFullName(), note.strip())));
        return account;
    }

    private UserAccount account(String username) {
        UserAccount account = em.find(UserAccount.class, username);
        if (account == null) {
            throw new NotFound("user " + username);
        }
        return account;
    }
}
