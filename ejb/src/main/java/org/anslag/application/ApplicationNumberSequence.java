package org.anslag.application;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import java.io.Serializable;

/** The last number handed out per prefix (a call type's, or the diary's) and year; read with a row lock. */
@Entity
public class ApplicationNumberSequence {

    @Embeddable
    public record Key(String prefix, @Column(name = "sequence_year") int year) implements Serializable {
    }

    @EmbeddedId
    private Key key;
    private int lastValue;

    protected ApplicationNumberSequence() {
    }

    ApplicationNumberSequence(Key key) {
        this.key = key;
    }

    /** The diary's prefix; no call type has it. */
    static final String REGISTRATION = "DNR";

    /** "IH-2026-0042" for an application, "2026-00042" for a case of the diary. */
    String next() {
        lastValue++;
        return REGISTRATION.equals(key.prefix()) ? String.format("%d-%05d", key.year(), lastValue)
                : String.format("%s-%d-%04d", key.prefix(), key.year(), lastValue);
    }
}
