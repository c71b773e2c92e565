package org.anslag.followup;

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
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.anslag.application.GrantApplication;
import org.anslag.shared.RuleViolation;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One version of a funded project's report for a period, and the evaluator's assessment of it. A
 * version sent back for revision stays as it was; the revision is the next version.
 */
@Entity
public class ProgressReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "application_id")
    private GrantApplication application;
    private int periodNumber;
    private int revision = 1;
    private String narrative;
    private int ideasReceived;
    private int ideasImplemented;
    private int employeesInvolved;
    private String submittedBy;
    private Instant submittedAt;
    private Integer score;
    private String assessment;
    private String assessedBy;
    private Instant assessedAt;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private ReportOutcome outcome;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "report_hinder", joinColumns = @JoinColumn(name = "report_id"))
    @Column(name = "tag")
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private Set<Hinder> hinders = new HashSet<>();
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "report_success_factor", joinColumns = @JoinColumn(name = "report_id"))
    @Column(name = "tag")
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private Set<SuccessFactor> successFactors = new HashSet<>();
    @Version
    private long version;

    protected ProgressReport() {
    }

    public ProgressReport(GrantApplication application, int periodNumber, int revision, ReportContent content,
                          String submittedBy, Instant submittedAt) {
        this.application = application;
        this.periodNumber = periodNumber;
        this.revision = revision;
        this.narrative = content.narrative().strip();
        this.ideasReceived = content.ideasReceived();
        this.ideasImplemented = content.ideasImplemented();
        this.employeesInvolved = content.employeesInvolved();
        this.hinders = content.hinders().isEmpty() ? new HashSet<>() : EnumSet.copyOf(content.hinders());
        this.successFactors = content.successFactors().isEmpty() ? new HashSet<>() : EnumSet.copyOf(content.successFactors());
        this.submittedBy = submittedBy;
        this.submittedAt = submittedAt;
    }

    void assess(int newScore, String comment, ReportOutcome verdict, String evaluator, Instant now) {
        if (newScore < 1 || newScore > 7) {
            throw new RuleViolation("score", "review.scoreOutOfScale", "");
        }
        if (comment == null || comment.isBlank()) {
            throw new RuleViolation("assessment", "validation.required");
        }
        this.score = newScore;
        this.assessment = comment.strip();
        this.assessedBy = evaluator;
        this.assessedAt = now;
        this.outcome = verdict;
    }

    public GrantApplication getApplication() {
        return application;
    }

    public int getPeriodNumber() {
        return periodNumber;
    }

    /** 1 for the first version of the period's report, 2 for its first revision, and so on. */
    public int getRevision() {
        return revision;
    }

    /** Null while the version waits for its assessment. */
    public ReportOutcome getOutcome() {
        return outcome;
    }

    public boolean isSentBack() {
        return outcome == ReportOutcome.SENT_BACK;
    }

    public Instant getAssessedAt() {
        return assessedAt;
    }

    public String getNarrative() {
        return narrative;
    }

    public int getIdeasReceived() {
        return ideasReceived;
    }

    public int getIdeasImplemented() {
        return ideasImplemented;
    }

    public int getEmployeesInvolved() {
        return employeesInvolved;
    }

    public Set<Hinder> getHinders() {
        return Set.copyOf(hinders);
    }

    public Set<SuccessFactor> getSuccessFactors() {
        return Set.copyOf(successFactors);
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Integer getScore() {
        return score;
    }

    public String getAssessment() {
        return assessment;
    }

    public String getAssessedBy() {
        return assessedBy;
    }
}
