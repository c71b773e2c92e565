package org.anslag.retention;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.Duration;
import java.time.Instant;
import org.anslag.shared.RuleViolation;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** How many days a kind of record keeps what its rule removes. */
@Entity
public class RetentionRule {

    /** A hundred years: longer is a typo. */
    public static final int LONGEST_DAYS = 36500;

    @Id
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private RecordKind recordKind;
    private int keepDays;
    private String changedBy;
    private Instant changedAt;

    protected RetentionRule() {
    }

    void keepFor(int days, String by, Instant at) {
        if (days < 1 || days > LONGEST_DAYS) {
            throw new RuleViolation("keepDays", "retention.daysRange", LONGEST_DAYS);
        }
        this.keepDays = days;
        this.changedBy = by;
        this.changedAt = at;
    }

    /** What is older than this moment has outlived the rule. */
    Instant cutoff(Instant now) {
        return now.minus(Duration.ofDays(keepDays));
    }

    public RecordKind getRecordKind() {
        return recordKind;
    }

    public int getKeepDays() {
        return keepDays;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
