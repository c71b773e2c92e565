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

    /** Planned installments are paid later by finance; the plan is where they start. */
    public enum Status { PLANNED }

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
}
