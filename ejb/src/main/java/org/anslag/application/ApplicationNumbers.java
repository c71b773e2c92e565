package org.anslag.application;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import org.anslag.call.CallType;
import org.anslag.shared.Clocks;

/**
 * Hands out application numbers per call type and year, and the registrar's case numbers (dnr) per
 * year, without gaps or repeats.
 */
@Stateless
public class ApplicationNumbers {

    @PersistenceContext
    EntityManager em;

    @jakarta.ejb.EJB
    ApplicationNumbers self;

    /**
     * The next application number, "IH-2026-0042", with the sequence row locked until the caller's
     * transaction ends. The first number of a year creates the row in a transaction of its own, so
     * two first drafts at once (found by the deadline-rush benchmark) both go on to lock the same
     * row instead of one failing.
     */
    public String next(CallType type, Instant now) {
        return locked(type.numberPrefix(), now).next();
    }

    /** The next registration number of the diary, "2026-00042"; its own sequence per year. */
    public String nextRegistrationNumber(Instant now) {
        return locked(ApplicationNumberSequence.REGISTRATION, now).next();
    }

    private ApplicationNumberSequence locked(String prefix, Instant now) {
        var key = new ApplicationNumberSequence.Key(prefix, now.atZone(Clocks.STOCKHOLM).getYear());
        ApplicationNumberSequence sequence = em.find(ApplicationNumberSequence.class, key, LockModeType.PESSIMISTIC_WRITE);
        if (sequence == null) {
            try {
                self.start(key);
            } catch (jakarta.ejb.EJBException startedMeanwhile) {
                // another request created the row first; it is there to lock now
            }
            sequence = em.find(ApplicationNumberSequence.class, key, LockModeType.PESSIMISTIC_WRITE);
        }
        return sequence;
    }

    @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.REQUIRES_NEW)
    public void start(ApplicationNumberSequence.Key key) {
        em.persist(new ApplicationNumberSequence(key));
        em.flush();
    }
}
