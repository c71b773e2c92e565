package org.anslag.organisation;

import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.anslag.shared.RuleViolation;

/**
 * Counts attempts in the database rather than in each node's memory: with several nodes behind a
 * load balancer, a script spreading its guesses over them still meets one count, and a lockout
 * holds on every node and across a restart. Counting costs a few indexed queries; a password hash
 * costs far more.
 */
@Stateless
public class AccessAttempts {

    @PersistenceContext
    EntityManager em;
    @Inject
    Clock clock;

    public Throttling.Verdict signInVerdict(String account, String address) {
        Instant now = clock.instant();
        long failures = em.createQuery("""
                select count(a) from AccessAttempt a where a.action = :action and a.account = :account
                and a.hashed = true and a.attemptedAt > :since""", Long.class)
                .setParameter("action", Throttling.Action.SIGN_IN).setParameter("account", account)
                .setParameter("since", now.minus(Throttling.FAILURE_WINDOW)).getSingleResult();
        long attempts = em.createQuery("""
                select count(a) from AccessAttempt a where a.action = :action and a.account = :account
                and a.attemptedAt > :since""", Long.class)
                .setParameter("action", Throttling.Action.SIGN_IN).setParameter("account", account)
                .setParameter("since", now.minus(Throttling.LOCKOUT_WINDOW)).getSingleResult();
        return Throttling.signIn(new Throttling.SignInCounts(failures, attempts,
                fromAddress(Throttling.Action.SIGN_IN, address, now.minus(Throttling.FAILURE_WINDOW))));
    }

    /** Refuses a registration or invitation acceptance when the address has made too many lately. */
    public void requireAllowed(Throttling.Action action, String address) {
        long recent = fromAddress(action, address, clock.instant().minus(Throttling.window(action)));
        if (Throttling.fromAddress(action, recent).refused()) {
            throw new RuleViolation("throttle", "throttle.wait");
        }
    }

    /** Kept whatever becomes of the caller's transaction: a refused attempt rolls back, its count must not. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void record(Throttling.Action action, String account, String address, boolean hashed) {
        em.persist(new AccessAttempt(action, account, address, hashed, clock.instant()));
    }

    /** A successful sign-in starts the account's count afresh. */
    public void forget(String account) {
        em.createQuery("delete from AccessAttempt a where a.action = :action and a.account = :account")
                .setParameter("action", Throttling.Action.SIGN_IN).setParameter("account", account).executeUpdate();
    }

    /** Every node runs this; deleting what another node already deleted does no harm. */
    @Schedule(hour = "*", minute = "23", persistent = false)
    void purge() {
        em.createQuery("delete from AccessAttempt a where a.attemptedAt < :before")
                .setParameter("before", clock.instant().minus(Duration.ofDays(1))).executeUpdate();
    }

    private long fromAddress(Throttling.Action action, String address, Instant since) {
        return em.createQuery("""
                select count(a) from AccessAttempt a where a.action = :action and a.address = :address
                and a.attemptedAt > :since""", Long.class)
                .setParameter("action", action).setParameter("address", address).setParameter("since", since)
                .getSingleResult();
    }
}
