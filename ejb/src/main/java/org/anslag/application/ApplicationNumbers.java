package org.anslag.application;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import org.anslag.call.CallType;
import org.anslag.shared.Clocks;

/** Hands out application numbers per call type and year, without gaps or repeats. */
@Stateless
public class ApplicationNumbers {

    @PersistenceContext
    EntityManager em;

    public String next(CallType type, Instant now) {
        var key = new ApplicationNumberSequence.Key(type.numberPrefix(), now.atZone(Clocks.STOCKHOLM).getYear());
        ApplicationNumberSequence sequence = em.find(ApplicationNumberSequence.class, key, LockModeType.PESSIMISTIC_WRITE);
        if (sequence == null) {
            sequence = new ApplicationNumberSequence(key);
            em.persist(sequence);
        }
        return sequence.next();
    }
}
