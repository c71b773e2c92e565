package org.anslag.organisation;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Optional;
import org.anslag.shared.RuleViolation;

/** Issues and redeems the single-use links of {@link AccountToken}. */
@Stateless
public class AccountTokens {

    @PersistenceContext
    EntityManager em;
    @Inject
    Clock clock;

    /** A new link for the account; earlier open links of the same purpose stop working. */
    public String issue(AccountToken.Purpose purpose, UserAccount account) {
        em.createQuery("""
                update AccountToken t set t.usedAt = :now
                where t.account = :account and t.purpose = :purpose and t.usedAt is null""")
                .setParameter("now", clock.instant()).setParameter("account", account)
                .setParameter("purpose", purpose).executeUpdate();
        String token = Invitations.newToken();
        em.persist(new AccountToken(purpose, Invitations.hash(token), account, clock.instant()));
        return token;
    }

    /** The link's token, whatever its state, for the page to explain. */
    public Optional<AccountToken> find(AccountToken.Purpose purpose, String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return em.createQuery("select t from AccountToken t where t.tokenHash = :hash and t.purpose = :purpose",
                        AccountToken.class).setParameter("hash", Invitations.hash(token)).setParameter("purpose", purpose)
                .getResultList().stream().findFirst();
    }

    /** Uses the link up, under a row lock so that two clicks redeem it once. */
    public UserAccount redeem(AccountToken.Purpose purpose, String token) {
        AccountToken found = find(purpose, token).orElseThrow(() -> new RuleViolation("token", "token.unknown"));
        AccountToken locked = em.find(AccountToken.class, found.getId(), LockModeType.PESSIMISTIC_WRITE);
        em.refresh(locked);
        return locked.use(clock.instant());
    }

    /** Removes the links of an account that is about to be removed. */
    public void forgetAll(UserAccount account) {
        em.createQuery("delete from AccountToken t where t.account = :account")
                .setParameter("account", account).executeUpdate();
    }
}
