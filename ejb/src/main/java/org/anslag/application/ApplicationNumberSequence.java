package org.anslag.application;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import java.io.Serializable;

/** The last number handed out per call-type prefix and year; read with a row lock. */
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

    /** "IH-2026-0042" */
    String next() {
        lastValue++;
        return String.format("%s-%d-%04d", key.prefix(), key.year(), lastValue);
    }
}
