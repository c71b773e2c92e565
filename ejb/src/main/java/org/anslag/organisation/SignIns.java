package org.anslag.organisation;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.anslag.audit.AuditLog;
import org.anslag.notification.Links;
import org.anslag.notification.Mail;
import org.anslag.notification.MailTexts;
import org.anslag.notification.Outbox;

/**
 * Checks a typed user name and password, throttled per account and per client address. The
 * answer is the same for an unknown, inactive or existing account, and costs the same time.
 */
@Stateless
public class SignIns {

    static final int LONGEST_NAME = 200;

    @PersistenceContext
    EntityManager em;
    @Inject
    Clock clock;
    @Inject
    AuditLog audit;
    @Inject
    Outbox outbox;
    @EJB
    AccessAttempts attempts;

    /** The outcome; the roles are given only when signed in. */
    public record Outcome(Throttling.Verdict verdict, String username, Set<String> groups) {

        public boolean signedIn() {
            return groups != null;
        }
    }

    public Outcome signIn(String typedUsername, char[] password, String address) {
        String name = account(typedUsername);
        Throttling.Verdict before = attempts.signInVerdict(name, address);
        if (before.refused()) {
            if (before == Throttling.Verdict.WAIT_ACCOUNT) {
                attempts.record(Throttling.Action.SIGN_IN, name, address, false);
                lockIfDue(name, address);
            }
            return new Outcome(verdict(name, address), name, null);
        }
        UserAccount account = em.find(UserAccount.class, name);
        boolean usable = account != null && account.isActive();
        if (usable ? PasswordHasher.matches(password, account.passwordHash()) : PasswordHasher.matchesNothing(password)) {
            attempts.forget(name);
            if (PasswordHasher.needsRehash(account.passwordHash())) {
                account.changePasswordHash(PasswordHasher.hash(password));
            }
            return new Outcome(Throttling.Verdict.GO, name,
                    account.getRoles().stream().map(Enum::name).collect(Collectors.toUnmodifiableSet()));
        }
        attempts.record(Throttling.Action.SIGN_IN, name, address, true);
        lockIfDue(name, address);
        return new Outcome(verdict(name, address), name, null);
    }

    /** Why a refused sign-in was refused, for the page: wait, locked, or (GO) simply wrong. */
    public Throttling.Verdict verdict(String typedUsername, String address) {
        return attempts.signInVerdict(account(typedUsername), address);
    }

    /** The attempt that locks the account tells its owner, once per lockout. */
    private void lockIfDue(String name, String address) {
        if (attempts.signInVerdict(name, address) != Throttling.Verdict.LOCKED) {
            return;
        }
        UserAccount account = em.find(UserAccount.class, name);
        if (account == null) {
            return;
        }
        audit.record(name, "SIGN_IN_LOCKED", "user:" + name, "from " + address);
        outbox.queue(new Mail("lockout:" + name + ":" + clock.instant().getEpochSecond() / 60, account.getEmail(),
                MailTexts.subject("lockout"), MailTexts.body("lockout", account.getFullName(), name,
                        Throttling.LOCKOUT_WINDOW.toMinutes(), Links.to("forgot-password.xhtml"))));
    }

    /** The user name as accounts store it; counted as typed otherwise, so unknown names are throttled alike. */
    static String account(String typed) {
        String name = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        return name.length() > LONGEST_NAME ? name.substring(0, LONGEST_NAME) : name;
    }
}
