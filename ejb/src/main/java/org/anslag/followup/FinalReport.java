package org.anslag.followup;

import jakarta.persistence.CollectionTable;
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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.anslag.application.GrantApplication;
import org.anslag.shared.RuleViolation;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One version of a project's final report and its assessment. A version sent back stays as it
 * was; the revision is the next version. The approved version closes the project.
 */
@Entity
public class FinalReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "application_id")
    private GrantApplication application;
    private int revision;
    private String outcomes;
    private String lessons;
    private BigDecimal totalSpent;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "final_report_result", joinColumns = @JoinColumn(name = "report_id"))
    @OrderColumn(name = "position")
    private List<ReusableResult> results = new ArrayList<>();
    private String submittedBy;
    private Instant submittedAt;
    private Integer score;
    private String assessment;
    private String assessedBy;
    private Instant assessedAt;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private ReportOutcome outcome;
    @Version
    private long version;

    protected FinalReport() {
    }

    FinalReport(GrantApplication application, int revision, FinalReportContent content, String submittedBy, Instant submittedAt) {
        this.application = application;
        this.revision = revision;
        this.outcomes = content.outcomes();
        this.lessons = content.lessons();
        this.totalSpent = content.totalSpent();
        this.results.addAll(content.results());
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
        if (outcome != null) {
            throw new RuleViolation("assessment", "finalReport.alreadyAssessed");
        }
        this.score = newScore;
        this.assessment = comment.strip();
        this.assessedBy = evaluator;
        this.assessedAt = now;
        this.outcome = verdict;
    }

    public Long getId() {
        return id;
    }

    public GrantApplication getApplication() {
        return application;
    }

    /** 1 for the first version, 2 for its first revision, and so on. */
    public int getRevision() {
        return revision;
    }

    public String getOutcomes() {
        return outcomes;
    }

    public String getLessons() {
        return lessons;
    }

    public BigDecimal getTotalSpent() {
        return totalSpent;
    }

    public List<ReusableResult> getResults() {
        return List.copyOf(results);
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

    public Instant getAssessedAt() {
        return assessedAt;
    }

    /** Null while the version waits for its assessment. */
    public ReportOutcome getOutcome() {
        return outcome;
    }

    public boolean isSentBack() {
        return outcome == ReportOutcome.SENT_BACK;
    }

    public boolean isApproved() {
        return outcome == ReportOutcome.APPROVED;
    }
}
