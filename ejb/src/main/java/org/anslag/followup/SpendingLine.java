package org.anslag.followup;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.anslag.budget.CostCategory;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * What one version of a progress report says a partner organisation spent in the period on one
 * cost category; where that is far from the approved budget, the project's explanation.
 */
@Entity
@Table(name = "report_spending")
public class SpendingLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "report_id")
    private ProgressReport report;
    private Long organisationId;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private CostCategory costCategory;
    private BigDecimal amount;
    private String explanation;

    protected SpendingLine() {
    }

    SpendingLine(ProgressReport report, Long organisationId, CostCategory costCategory, BigDecimal amount,
                 String explanation) {
        this.report = report;
        this.organisationId = organisationId;
        this.costCategory = costCategory;
        this.amount = amount;
        this.explanation = explanation;
    }

    public CostHeading heading() {
        return new CostHeading(organisationId, costCategory);
    }

    public ProgressReport getReport() {
        return report;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public CostCategory getCostCategory() {
        return costCategory;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    /** Null where the line is within 10 % of the approved budget. */
    public String getExplanation() {
        return explanation;
    }
}
