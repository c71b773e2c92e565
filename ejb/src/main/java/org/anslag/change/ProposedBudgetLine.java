package org.anslag.change;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.anslag.budget.BudgetEntry;
import org.anslag.budget.CostCategory;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One line of the budget a reallocation proposes (it replaces the approved budget on approval), or
 * of the approved budget it was made from, kept so the moves can be shown after the approval.
 */
@Entity
@Table(name = "change_budget_line")
public class ProposedBudgetLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long changeRequestId;
    private boolean proposed;
    private int position;
    private Long organisationId;
    @Column(name = "budget_year")
    private int year;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private CostCategory costCategory;
    private BigDecimal cost;
    private BigDecimal coFunding;

    protected ProposedBudgetLine() {
    }

    ProposedBudgetLine(Long changeRequestId, boolean proposed, int position, BudgetEntry entry) {
        this.changeRequestId = changeRequestId;
        this.proposed = proposed;
        this.position = position;
        this.organisationId = entry.organisationId();
        this.year = entry.year();
        this.costCategory = entry.category();
        this.cost = entry.cost();
        this.coFunding = entry.coFunding();
    }

    public boolean isProposed() {
        return proposed;
    }

    public BudgetEntry entry() {
        return new BudgetEntry(organisationId, year, costCategory, cost, coFunding);
    }
}
