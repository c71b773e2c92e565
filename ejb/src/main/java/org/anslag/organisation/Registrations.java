package org.anslag.organisation;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.anslag.audit.AuditLog;
import org.anslag.notification.Links;
import org.anslag.notification.Mail;
import org.anslag.notification.MailTexts;
import org.anslag.notification.Outbox;
import org.anslag.shared.Actor;
import org.anslag.shared.NotFound;
import org.anslag.shared.Role;
import org.anslag.shared.RuleViolation;

/**
 * Municipality users who register themselves and confirm their address by a link, and the
 * administrators who approve or reject them.
 */
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
    @EJB
    Organisations organisations;
    @EJB
    AccessAttempts attempts;
    @EJB
    AccountTokens tokens;

    /** What a new user types on the registration page. */
    public record Application(String fullName, String email, String username, char[] password, Long municipalityId) {
    }

    /**
     * Takes a registration. The answer is the same whether the user name or the address is known:
     * a new registrant gets a link to confirm the address; the owner of a known address is told
     * by mail instead, and so is a registrant whose user name is taken. The password is hashed in
     * every case, so the time of the answer tells nothing either.
     */
    public void register(Application typed, String address) {
        attempts.requireAllowed(Throttling.Action.REGISTRATION, address);
        if (typed.fullName() == null || typed.fullName().isBlank()) {
            throw new RuleViolation("fullName", "validation.required");
        }
        String email = Credentials.email(typed.email());
        String username = Credentials.username(typed.username());
        Organisation municipality = typed.municipalityId() == null ? null : em.find(Organisation.class, typed.municipalityId());
        if (municipality == null || municipality.getKind() != OrganisationKind.MUNICIPALITY) {
            throw new RuleViolation("municipality", "registration.chooseMunicipality");
        }
        String passwordHash = Credentials.passwordHash(typed.password());
        attempts.record(Throttling.Action.REGISTRATION, username, address, true);
        String fullName = typed.fullName().strip();
        removeUnconfirmed(username, email);
        List<UserAccount> sameAddress = em.createQuery("select u from UserAccount u where lower(u.email) = :email",
                UserAccount.class).setParameter("email", email.toLowerCase(Locale.ROOT)).getResultList();
        if (!sameAddress.isEmpty()) {
            UserAccount owner = sameAddress.get(0);
            outbox.queue(new Mail("registration-known-address:" + owner.getUsername() + ":" + clock.millis(), owner.getEmail(),
                    MailTexts.subject("registrationKnownAddress"), MailTexts.body("registrationKnownAddress",
                            owner.getFullName(), owner.getUsername(), Links.to("login.xhtml"), Links.to("forgot-password.xhtml"))));
            return;
        }
        if (em.find(UserAccount.class, username) != null) {
            outbox.queue(new Mail("registration-name-taken:" + email + ":" + clock.millis(), email,
                    MailTexts.subject("registrationNameTaken"), MailTexts.body("registrationNameTaken", fullName,
                            username, Links.to("register.xhtml"))));
            return;
        }
        UserAccount account = UserAccount.registered(username, passwordHash, fullName, email, municipality, clock.instant());
        em.persist(account);
        audit.record(username, "REGISTER", "user:" + username, municipality.getLabel());
        String token = tokens.issue(AccountToken.Purpose.EMAIL_CONFIRMATION, account);
        outbox.queue(new Mail("registration-confirm:" + Invitations.hash(token), email,
                MailTexts.subject("registrationConfirm"), MailTexts.body("registrationConfirm", fullName,
                        Links.to("confirm-email.xhtml?token=" + token),
                        AccountToken.Purpose.EMAIL_CONFIRMATION.validFor.toHours())));
    }

    /** The registrant followed the link: the address is theirs, and the administrators are told. */
    public UserAccount confirmEmail(String token) {
        UserAccount account = tokens.redeem(AccountToken.Purpose.EMAIL_CONFIRMATION, token);
        account.confirmEmail();
        audit.record(account.getUsername(), "CONFIRM_EMAIL", "user:" + account.getUsername(), account.getEmail());
        for (UserAccount admin : organisations.accountsWithRole(Role.ADMIN)) {
            outbox.queue(new Mail("registration:" + account.getUsername() + ":" + admin.getUsername(), admin.getEmail(),
                    MailTexts.subject("registration", account.getFullName()),
                    MailTexts.body("registration", account.getFullName(), account.getOrganisation().getName(),
                            account.getEmail(), Links.to("admin/registrations.xhtml"))));
        }
        return account;
    }

    /**
     * A registration whose address was never confirmed in time holds neither its user name nor its
     * address: it is removed when someone registers with either.
     */
    private void removeUnconfirmed(String username, String email) {
        em.createQuery("""
                select u from UserAccount u where u.registration = :unverified
                and (u.username = :username or lower(u.email) = :email) and u.registeredAt < :stale""", UserAccount.class)
                .setParameter("unverified", Registration.UNVERIFIED).setParameter("username", username)
                .setParameter("email", email.toLowerCase(Locale.ROOT))
                .setParameter("stale", clock.instant().minus(AccountToken.Purpose.EMAIL_CONFIRMATION.validFor))
                .getResultList().forEach(stale -> {
                    tokens.forgetAll(stale);
                    em.remove(stale);
                });
        em.flush();
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
