package org.anslag.learning;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import org.anslag.application.GrantApplication;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One round of a closed project's after-report (12 or 24 months after closing): sent, then
 * answered by the coordinator's users or, past its deadline, overdue.
 */
@Entity
public class AfterReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "application_id")
    private GrantApplication application;
    private int months;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private AfterReportStatus status;
    private Instant sentAt;
    private Instant remindedAt;
    private Instant overdueAt;
    private Instant answeredAt;
    private String answeredBy;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private StillInUse stillInUse;
    private String effects;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "after_report_adoption", joinColumns = @JoinColumn(name = "after_report_id"))
    @Column(name = "organisation_id")
    private Set<Long> adoptedIn = new LinkedHashSet<>();

    protected AfterReport() {
    }

    public AfterReport(GrantApplication application, int months, Instant sentAt) {
        this.application = application;
        this.months = months;
        this.status = AfterReportStatus.SENT;
        this.sentAt = sentAt;
    }

    void reminded(Instant at) {
        if (remindedAt == null) {
            remindedAt = at;
        }
    }

    void overdue(Instant at) {
        if (status == AfterReportStatus.SENT) {
            status = AfterReportStatus.OVERDUE;
            overdueAt = at;
        }
    }

    void answer(AfterReportAnswer answer, String username, Instant at) {
        status = AfterReportStatus.ANSWERED;
        stillInUse = answer.stillInUse();
        effects = answer.effects();
        adoptedIn.clear();
        adoptedIn.addAll(answer.adoptedIn());
        answeredBy = username;
        answeredAt = at;
    }

    public boolean isOpen() {
        return status == AfterReportStatus.SENT;
    }

    public Long getId() {
        return id;
    }

    public GrantApplication getApplication() {
        return application;
    }

    public int getMonths() {
        return months;
    }

    public AfterReportStatus getStatus() {
        return status;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public Instant getRemindedAt() {
        return remindedAt;
    }

    public Instant getOverdueAt() {
        return overdueAt;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    /** Who answered: personal data, shown to nobody on the learning pages. */
    public String getAnsweredBy() {
        return answeredBy;
    }

    public StillInUse getStillInUse() {
        return stillInUse;
    }

    public String getEffects() {
        return effects;
    }

    public Set<Long> getAdoptedIn() {
        return Set.copyOf(adoptedIn);
    }
}
