package org.anslag.organisation;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Locale;
import org.anslag.audit.AuditLog;
import org.anslag.notification.Links;
import org.anslag.notification.Mail;
import org.anslag.notification.MailTexts;
import org.anslag.notification.Outbox;
import org.anslag.shared.Actor;
import org.anslag.shared.NotFound;
import org.anslag.shared.RuleViolation;

/** A signed-in user changes their password; a user who forgot it resets it through an e-mailed link. */
@Stateless
public class Passwords {

    @PersistenceContext
    EntityManager em;
    @Inject
    Clock clock;
    @Inject
    AuditLog audit;
    @Inject
    Outbox outbox;
    @EJB
    AccountTokens tokens;
    @EJB
    AccessAttempts attempts;

    /** The current password is asked again, and a wrong one counts as a refused sign-in. */
    public void change(Actor actor, char[] current, char[] chosen, String address) {
        UserAccount account = em.find(UserAccount.class, actor.username());
        if (account == null) {
            throw new NotFound("user " + actor.username());
        }
        if (attempts.signInVerdict(account.getUsername(), address).refused()) {
            throw new RuleViolation("currentPassword", "signIn.wait");
        }
        if (current == null || !PasswordHasher.matches(current, account.passwordHash())) {
            attempts.record(Throttling.Action.SIGN_IN, account.getUsername(), address, true);
            throw new RuleViolation("currentPassword", "password.currentWrong");
        }
        account.changePasswordHash(Credentials.passwordHash(chosen));
        audit.record(actor.username(), "CHANGE_PASSWORD", "user:" + actor.username(), "");
        outbox.queue(new Mail("password-changed:" + account.getUsername() + ":" + clock.millis(), account.getEmail(),
                MailTexts.subject("passwordChanged"), MailTexts.body("passwordChanged", account.getFullName(),
                        Links.to("forgot-password.xhtml"))));
    }

    /**
     * Mails a reset link when an active account has the address; the caller learns nothing either
     * way, so the page cannot be used to find out who has an account.
     */
    public void requestReset(String typedEmail, String address) {
        String email = Credentials.email(typedEmail);
        attempts.requireAllowed(Throttling.Action.PASSWORD_RESET, address);
        attempts.record(Throttling.Action.PASSWORD_RESET, null, address, false);
        em.createQuery("select u from UserAccount u where lower(u.email) = :email and u.active = true", UserAccount.class)
                .setParameter("email", email.toLowerCase(Locale.ROOT)).getResultList().forEach(account -> {
                    String token = tokens.issue(AccountToken.Purpose.PASSWORD_RESET, account);
                    audit.record(account.getUsername(), "REQUEST_PASSWORD_RESET", "user:" + account.getUsername(),
                            "from " + address);
                    outbox.queue(new Mail("password-reset:" + Invitations.hash(token), account.getEmail(),
                            MailTexts.subject("passwordReset"), MailTexts.body("passwordReset", account.getFullName(),
                                    account.getUsername(), Links.to("reset-password.xhtml?token=" + token),
                                    AccountToken.Purpose.PASSWORD_RESET.validFor.toMinutes())));
                });
    }

    /** Sets the chosen password through the link, once; a lockout ends with it. */
    public UserAccount reset(String token, char[] chosen) {
        UserAccount account = tokens.redeem(AccountToken.Purpose.PASSWORD_RESET, token);
        if (!account.isActive()) {
            throw new RuleViolation("token", "token.unknown");
        }
        account.changePasswordHash(Credentials.passwordHash(chosen));
        attempts.forget(account.getUsername());
        audit.record(account.getUsername(), "RESET_PASSWORD", "user:" + account.getUsername(), "");
        return account;
    }
}
