package org.anslag.call;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.anslag.organisation.OrganisationKind;
import org.anslag.shared.RuleViolation;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A call for applications within a programme, open between two instants. */
@Entity
public class FundingCall {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "programme_id")
    private Programme programme;
    private String title;
    @Column(name = "call_type")
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private CallType type;
    private Instant opensAt;
    private Instant closesAt;
    private BigDecimal budget;
    private BigDecimal maxGrant;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private CallStatus status = CallStatus.DRAFT;
    private String titleEn;
    private String descriptionSv;
    private String descriptionEn;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "call_eligible_kind", joinColumns = @JoinColumn(name = "call_id"))
    @Column(name = "kind")
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private Set<OrganisationKind> eligibleKinds = EnumSet.noneOf(OrganisationKind.class);
    private int minPartners;
    private int maxPartners;
    private BigDecimal minCoFundingShare;
    private int graceMinutes;
    private int minEvaluators = 1;
    private int reviewDays = 14;
    private BigDecimal fourEyesAbove;
    private boolean blindReview;
    @jakarta.persistence.Embedded
    private ReportTiming reportTiming = ReportTiming.DEFAULT.copy();
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "call_reporting_period", joinColumns = @JoinColumn(name = "call_id"))
    @OrderColumn(name = "period_number")
    @org.hibernate.annotations.ListIndexBase(1)
    @Column(name = "ends_on")
    private List<LocalDate> reportingPeriodEnds = new ArrayList<>();
    @ManyToOne
    @JoinColumn(name = "copied_from_id")
    private FundingCall copiedFrom;
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @JoinColumn(name = "call_id", nullable = false)
    @OrderBy("position")
    private List<AssessmentCriterion> criteria = new ArrayList<>();
    @Version
    private long version;

    protected FundingCall() {
    }

    public FundingCall(Programme programme, CallTerms terms) {
        this.programme = programme;
        this.type = terms.type();
        this.title = terms.title().trim();
        change(terms.opensAt(), terms.closesAt(), terms.budget(), terms.maxGrant());
        int position = 0;
        for (CallTerms.Criterion criterion : terms.criteria()) {
            criteria.add(new AssessmentCriterion(position++, criterion.name().trim(), criterion.weight()));
        }
        adopt(CallRules.municipalitiesWithPartner());
    }

    /** A new draft with this call's terms, texts, rules and reporting periods, for the given schedule. */
    public FundingCall copy(Instant newOpensAt, Instant newClosesAt, List<LocalDate> newPeriodEnds) {
        List<CallTerms.Criterion> copiedCriteria = criteria.stream()
                .map(c -> new CallTerms.Criterion(c.getName(), c.getWeight())).toList();
        FundingCall copy = new FundingCall(programme, new CallTerms(title, type, newOpensAt, newClosesAt, budget,
                maxGrant, copiedCriteria));
        copy.describe(new CallTexts(titleEn, descriptionSv, descriptionEn));
        copy.adopt(getRules());
        copy.planReporting(newPeriodEnds);
        copy.planReview(minEvaluators, reviewDays);
        copy.requireSecondApprovalAbove(fourEyesAbove);
        copy.blindReview = blindReview;
        copy.timeReports(reportTiming.copy());
        copy.copiedFrom = this;
        return copy;
    }

    public void describe(CallTexts texts) {
        this.titleEn = texts.titleEn();
        this.descriptionSv = texts.descriptionSv();
        this.descriptionEn = texts.descriptionEn();
    }

    public void adopt(CallRules rules) {
        requireDraft("eligibleKinds");
        this.eligibleKinds = EnumSet.copyOf(rules.eligibleKinds());
        this.minPartners = rules.minPartners();
        this.maxPartners = rules.maxPartners();
        this.minCoFundingShare = rules.minCoFundingShare();
        this.graceMinutes = rules.graceMinutes();
    }

    /** The last day of each reporting period, in order; each must fall after the call closes. */
    public void planReporting(List<LocalDate> periodEnds) {
        List<LocalDate> ends = periodEnds.stream().filter(java.util.Objects::nonNull).sorted().distinct().toList();
        if (!ends.isEmpty() && !ends.get(0).isAfter(LocalDate.ofInstant(closesAt, org.anslag.shared.Clocks.STOCKHOLM))) {
            throw new RuleViolation("reportingPeriods", "call.reportingBeforeClose");
        }
        this.reportingPeriodEnds.clear();
        this.reportingPeriodEnds.addAll(ends);
    }

    /** How many evaluators review each application (at least one) and how many days they have (1–90). */
    public void planReview(int evaluators, int days) {
        if (evaluators < 1 || evaluators > 10) {
            throw new RuleViolation("minEvaluators", "call.evaluatorsOutOfRange");
        }
        if (days < 1 || days > 90) {
            throw new RuleViolation("reviewDays", "call.reviewDaysOutOfRange");
        }
        this.minEvaluators = evaluators;
        this.reviewDays = days;
    }

    /** Grants above this amount need a second programme manager's approval; none: never. */
    public void requireSecondApprovalAbove(BigDecimal limit) {
        if (limit != null && limit.signum() < 0) {
            throw new RuleViolation("fourEyesAbove", "validation.positiveAmount");
        }
        this.fourEyesAbove = limit;
    }

    /**
     * Whether the new limit would let a grant through alone that the present one sends to a second
     * manager: a higher limit, or none. A lower one, or a first one, only asks for more approvals.
     */
    public boolean loosensFourEyes(BigDecimal newLimit) {
        return fourEyesAbove != null && (newLimit == null || newLimit.compareTo(fourEyesAbove) > 0);
    }

    public boolean needsSecondApproval(BigDecimal grantedAmount) {
        return fourEyesAbove != null && grantedAmount != null && grantedAmount.compareTo(fourEyesAbove) > 0;
    }

    /** When each period's report opens, is due and is reminded of; may change any time, for reports not yet open. */
    public void timeReports(ReportTiming timing) {
        this.reportTiming = java.util.Objects.requireNonNull(timing);
    }

    public ReportTiming getReportTiming() {
        return reportTiming;
    }

    /** Whether its evaluators review without seeing who applies (org.anslag.review.BlindReview masks). */
    public boolean isBlindReview() {
        return blindReview;
    }

    public void reviewBlind(boolean blind) {
        this.blindReview = blind;
    }

    public BigDecimal getFourEyesAbove() {
        return fourEyesAbove;
    }

    public int getMinEvaluators() {
        return minEvaluators;
    }

    public int getReviewDays() {
        return reviewDays;
    }

    /** Makes the call public; from now on the funding-call process opens and closes it. */
    void publish() {
        if (status != CallStatus.DRAFT) {
            throw new RuleViolation("status", "call.alreadyPublished");
        }
        this.status = CallStatus.PUBLISHED;
    }

    void moveTo(CallStatus next) {
        this.status = next;
    }

    private void requireDraft(String field) {
        if (status != CallStatus.DRAFT) {
            throw new RuleViolation(field, "call.rulesFixedAfterPublishing");
        }
    }

    /** Submissions are taken until the deadline plus the call's grace period. */
    public Instant submissionsCloseAt() {
        return closesAt.plusSeconds(60L * graceMinutes);
    }

    public boolean isEligible(OrganisationKind kind) {
        return eligibleKinds.contains(kind);
    }

    public CallRules getRules() {
        return new CallRules(eligibleKinds, minPartners, maxPartners, minCoFundingShare, graceMinutes);
    }

    /** The title in the reader's language, Swedish when there is no English one. */
    public String titleIn(Locale locale) {
        return "en".equals(locale.getLanguage()) && titleEn != null ? titleEn : title;
    }

    public String descriptionIn(Locale locale) {
        return "en".equals(locale.getLanguage()) && descriptionEn != null ? descriptionEn : descriptionSv;
    }

    /** Changes the schedule and money; the rules are the same as when the call was created. */
    public void change(Instant newOpensAt, Instant newClosesAt, BigDecimal newBudget, BigDecimal newMaxGrant) {
        CallTerms.checkScheduleAndMoney(newOpensAt, newClosesAt, newBudget, newMaxGrant);
        if (programme != null && newBudget.compareTo(programme.getBudget()) > 0) {
            throw new RuleViolation("budget", "call.budgetAboveProgramme", programme.getBudget());
        }
        this.opensAt = newOpensAt;
        this.closesAt = newClosesAt;
        this.budget = newBudget;
        this.maxGrant = newMaxGrant;
    }

    public boolean isOpenAt(Instant instant) {
        return !instant.isBefore(opensAt) && instant.isBefore(closesAt);
    }

    public Long getId() {
        return id;
    }

    public Programme getProgramme() {
        return programme;
    }

    public String getTitle() {
        return title;
    }

    public CallType getType() {
        return type;
    }

    public Instant getOpensAt() {
        return opensAt;
    }

    public Instant getClosesAt() {
        return closesAt;
    }

    public BigDecimal getBudget() {
        return budget;
    }

    public BigDecimal getMaxGrant() {
        return maxGrant;
    }

    public List<AssessmentCriterion> getCriteria() {
        return List.copyOf(criteria);
    }

    public CallStatus getStatus() {
        return status;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public String getDescriptionSv() {
        return descriptionSv;
    }

    public String getDescriptionEn() {
        return descriptionEn;
    }

    public Set<OrganisationKind> getEligibleKinds() {
        return Set.copyOf(eligibleKinds);
    }

    public int getMinPartners() {
        return minPartners;
    }

    public int getMaxPartners() {
        return maxPartners;
    }

    public BigDecimal getMinCoFundingShare() {
        return minCoFundingShare;
    }

    public int getGraceMinutes() {
        return graceMinutes;
    }

    public List<LocalDate> getReportingPeriodEnds() {
        return List.copyOf(reportingPeriodEnds);
    }

    /** A grant reports once per reporting period, and once at least. */
    public int reportsRequired() {
        return Math.max(1, reportingPeriodEnds.size());
    }

    public FundingCall getCopiedFrom() {
        return copiedFrom;
    }

    public long getVersion() {
        return version;
    }
}
