package org.anslag.organisation;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.anslag.audit.AuditEntry;
import org.anslag.audit.AuditLog;
import org.anslag.shared.Actor;
import org.anslag.shared.NotFound;
import org.anslag.shared.Role;
import org.anslag.shared.RuleViolation;

/**
 * Administrators keep the user accounts: who has which role, for which organisation and with which
 * affiliations, and who may sign in at all. Every change is audited on the account.
 */
@Stateless
public class Accounts {

    @PersistenceContext
    EntityManager em;
    @Inject
    AuditLog audit;
    @EJB
    Organisations organisations;

    public List<UserAccount> all(Actor actor) {
        actor.require(Role.ADMIN);
        return em.createQuery("select u from UserAccount u left join fetch u.organisation order by lower(u.fullName), u.username",
                UserAccount.class).getResultList();
    }

    public UserAccount get(Actor actor, String username) {
        actor.require(Role.ADMIN);
        return account(username, false);
    }

    /** The account can no longer sign in, and an open session of it ends at its next request. */
    public UserAccount deactivate(Actor actor, String username) {
        actor.require(Role.ADMIN);
        if (actor.username().equals(username)) {
            throw new RuleViolation("active", "users.notYourself");
        }
        UserAccount account = account(username, true);
        account.deactivate();
        audit.record(actor.username(), "DEACTIVATE_USER", "user:" + username, "");
        return account;
    }

    public UserAccount reactivate(Actor actor, String username) {
        actor.require(Role.ADMIN);
        UserAccount account = account(username, true);
        account.reactivate();
        audit.record(actor.username(), "REACTIVATE_USER", "user:" + username, "");
        return account;
    }

    /** Roles, employer and the other affiliations at once, as the page edits them. */
    public UserAccount change(Actor actor, String username, Set<Role> roles, Long employerId, Collection<Long> affiliationIds) {
        actor.require(Role.ADMIN);
        if (actor.username().equals(username) && (roles == null || !roles.contains(Role.ADMIN))) {
            throw new RuleViolation("roles", "users.keepOwnAdmin");
        }
        UserAccount account = account(username, true);
        String before = describe(account);
        account.assign(roles, employerId == null ? null : organisations.get(employerId));
        account.declareAffiliations(organisations.all(affiliationIds));
        String after = describe(account);
        if (!before.equals(after)) {
            String change = before + " → " + after;
            audit.record(actor.username(), "CHANGE_USER", "user:" + username,
                    change.length() > 2000 ? change.substring(0, 2000) : change);
        }
        return account;
    }

    /** What was done to the account and by whom, oldest first. */
    public List<AuditEntry> history(Actor actor, String username) {
        actor.require(Role.ADMIN);
        return audit.about("user:" + username);
    }

    private static String describe(UserAccount account) {
        return new TreeSet<>(account.getRoles()) + " " + account.getAffiliationsWithEmployer().stream()
                .map(Organisation::getLabel).toList();
    }

    private UserAccount account(String username, boolean locked) {
        UserAccount account = locked ? em.find(UserAccount.class, username, LockModeType.PESSIMISTIC_WRITE)
                : em.find(UserAccount.class, username);
        if (account == null) {
            throw new NotFound("user " + username);
        }
        return account;
    }
}
