package org.anslag.followup;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.anslag.application.GrantApplication;
import org.anslag.organisation.Organisation;
import org.anslag.shared.RuleViolation;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
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
    @CollectionTable(name = "report_tag", joinColumns = @JoinColumn(name = "report_id"))
    private List<ReportTag> tags = new ArrayList<>();
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "report_indicator_value", joinColumns = @JoinColumn(name = "report_id"))
    @MapKeyColumn(name = "indicator_id")
    @Column(name = "reported_value")
    private Map<Long, BigDecimal> indicatorValues = new HashMap<>();
    // read with their own selects: Hibernate cannot join-fetch a second list (bag) beside the tags
    @OneToMany(mappedBy = "report", cascade = CascadeType.PERSIST, fetch = FetchType.EAGER)
    @Fetch(FetchMode.SELECT)
    private List<SpendingLine> spending = new ArrayList<>();
    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SELECT)
    @CollectionTable(name = "report_spread", joinColumns = @JoinColumn(name = "report_id"))
    private List<ReportSpread> spread = new ArrayList<>();
    @Version
    private long version;

    protected ProgressReport() {
    }

    /** {@code indicators} are the call's, each needing a value; {@code terms} the programme's, by id. */
    ProgressReport(GrantApplication application, int periodNumber, int revision, ReportContent content,
                   List<Indicator> indicators, Map<Long, VocabularyTerm> terms, String submittedBy, Instant submittedAt) {
        this.application = application;
        this.periodNumber = periodNumber;
        this.revision = revision;
        this.narrative = content.narrative().strip();
        for (Indicator indicator : indicators) {
            BigDecimal value = content.indicatorValues().get(indicator.getId());
            indicator.check(value);
            indicatorValues.put(indicator.getId(), value);
        }
        for (TagChoice choice : content.tags()) {
            VocabularyTerm term = terms.get(choice.termId());
            if (term == null || !term.isActive()) {
                throw new RuleViolation("tags", "report.unknownTerm");
            }
            tags.add(new ReportTag(term, choice.excerpt()));
        }
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

    /** Checked by {@link Spending} against the approved budget before it comes here. */
    void spend(SpendingEntry entry) {
        spending.add(new SpendingLine(this, entry.organisationId(), entry.category(), entry.amount(), entry.explanation()));
    }

    /** Checked by {@link Spread}: another municipality than the project's own, once per report. */
    void spreadTo(Organisation municipality, SpreadKind kind, String note) {
        spread.add(new ReportSpread(municipality, kind, note));
    }

    public Long getId() {
        return id;
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

    /** The period's value of an indicator; none for an indicator added after the report was sent. */
    public BigDecimal valueOf(Long indicatorId) {
        return indicatorValues.get(indicatorId);
    }

    public List<ReportTag> getHinders() {
        return tagsOf(TermKind.HINDER);
    }

    public List<ReportTag> getSuccessFactors() {
        return tagsOf(TermKind.SUCCESS_FACTOR);
    }

    private List<ReportTag> tagsOf(TermKind kind) {
        return tags.stream().filter(tag -> tag.getTerm().getKind() == kind)
                .sorted(Comparator.comparing(tag -> tag.getTerm().getLabelSv())).toList();
    }

    /** What each partner organisation spent per cost category in the period; empty for a report without spending. */
    public List<SpendingLine> getSpending() {
        return List.copyOf(spending);
    }

    /** Other municipalities that adopted the results or showed interest, by name. */
    public List<ReportSpread> getSpread() {
        return spread.stream().sorted(Comparator.comparing(entry -> entry.getMunicipality().getName())).toList();
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
