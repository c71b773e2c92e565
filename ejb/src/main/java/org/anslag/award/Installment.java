package org.anslag.award;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.anslag.application.GrantApplication;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One payment of a grant: how much, from which day, and which progress report must be approved
 * first (none for the advance paid on acceptance).
 */
@Entity
public class Installment {

    /**
     * Planned at acceptance; released by finance once its report is approved; then paid. One still
     * planned when the project closes is cancelled: it will not be paid.
     */
    public enum Status { PLANNED, RELEASED, PAID, CANCELLED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "application_id")
    private GrantApplication application;
    private int number;
    private BigDecimal amount;
    private LocalDate dueOn;
    private Integer awaitsReport;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private Status status = Status.PLANNED;
    private String releaseProposedBy;
    private Instant releaseProposedAt;
    private String releasedBy;
    private Instant releasedAt;
    private LocalDate paidOn;
    private String paymentReference;
    private String paidBy;
    private Instant paidAt;
    @Version
    private long version;

    protected Installment() {
    }

    Installment(GrantApplication application, int number, BigDecimal amount, LocalDate dueOn, Integer awaitsReport) {
        this.application = application;
        this.number = number;
        this.amount = amount;
        this.dueOn = dueOn;
        this.awaitsReport = awaitsReport;
    }

    public Long getId() {
        return id;
    }

    public GrantApplication getApplication() {
        return application;
    }

    public int getNumber() {
        return number;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    /** The number of the progress report this installment waits for, or null for the advance. */
    public Integer getAwaitsReport() {
        return awaitsReport;
    }

    public Status getStatus() {
        return status;
    }

    /** Above the call's four-eyes limit, one finance user proposes the release and another confirms it. */
    void proposeRelease(String by, Instant at) {
        this.releaseProposedBy = by;
        this.releaseProposedAt = at;
    }

    void release(String by, Instant at) {
        this.status = Status.RELEASED;
        this.releasedBy = by;
        this.releasedAt = at;
    }

    void pay(LocalDate on, String reference, String by, Instant at) {
        this.status = Status.PAID;
        this.paidOn = on;
        this.paymentReference = reference;
        this.paidBy = by;
        this.paidAt = at;
    }

    /** The project closed before the installment was released: it is not paid. */
    void cancel() {
        this.status = Status.CANCELLED;
    }

    /** An approved extension moves a planned installment with the period it waits for. */
    void postpone(long days) {
        this.dueOn = dueOn.plusDays(days);
    }

    /** True when this is the payment already recorded: a second click of the same form. */
    boolean isPaidAs(LocalDate on, String reference) {
        return status == Status.PAID && on.equals(paidOn) && reference.equals(paymentReference);
    }

    /** Null unless the release waits for a second finance user's confirmation (or had to). */
    public String getReleaseProposedBy() {
        return releaseProposedBy;
    }

    public Instant getReleaseProposedAt() {
        return releaseProposedAt;
    }

    public String getReleasedBy() {
        return releasedBy;
    }

    public Instant getReleasedAt() {
        return releasedAt;
    }

    public LocalDate getPaidOn() {
        return paidOn;
    }

    public String getPaymentReference() {
        return paymentReference;
    }

    public String getPaidBy() {
        return paidBy;
    }

    public Instant getPaidAt() {
        return paidAt;
    }
}
