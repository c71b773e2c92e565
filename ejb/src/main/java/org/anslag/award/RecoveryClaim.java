package org.anslag.award;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.anslag.application.GrantApplication;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * Återkrav: what a closed project must pay back because its final report shows less spent than
 * it was paid. Finance records when the money came back.
 */
@Entity
public class RecoveryClaim {

    /** Open until finance records the repayment. */
    public enum Status { OPEN, RECOVERED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @OneToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "application_id")
    private GrantApplication application;
    private BigDecimal amount;
    private BigDecimal paidTotal;
    private BigDecimal spentTotal;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private Status status = Status.OPEN;
    private Instant createdAt;
    private LocalDate recoveredOn;
    private String reference;
    private String recordedBy;
    private Instant recordedAt;
    @Version
    private long version;

    protected RecoveryClaim() {
    }

    RecoveryClaim(GrantApplication application, BigDecimal paidTotal, BigDecimal spentTotal, Instant createdAt) {
        this.application = application;
        this.paidTotal = paidTotal;
        this.spentTotal = spentTotal;
        this.amount = paidTotal.subtract(spentTotal);
        this.createdAt = createdAt;
    }

    void recovered(LocalDate on, String paymentReference, String by, Instant at) {
        this.status = Status.RECOVERED;
        this.recoveredOn = on;
        this.reference = paymentReference;
        this.recordedBy = by;
        this.recordedAt = at;
    }

    public Long getId() {
        return id;
    }

    public GrantApplication getApplication() {
        return application;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public BigDecimal getPaidTotal() {
        return paidTotal;
    }

    public BigDecimal getSpentTotal() {
        return spentTotal;
    }

    public Status getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public LocalDate getRecoveredOn() {
        return recoveredOn;
    }

    public String getReference() {
        return reference;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    /** True when this is the repayment already recorded: a second click of the same form. */
    boolean isRecoveredAs(LocalDate on, String paymentReference) {
        return status == Status.RECOVERED && on.equals(recoveredOn) && paymentReference.equals(reference);
    }
}
