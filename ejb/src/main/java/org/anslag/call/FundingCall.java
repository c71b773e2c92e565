package org.anslag.call;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
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
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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

    public long getVersion() {
        return version;
    }
}
