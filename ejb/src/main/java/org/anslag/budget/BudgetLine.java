package org.anslag.budget;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One line of an application's budget: an organisation's cost in a year and category, and what it pays itself. */
@Entity
public class BudgetLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long applicationId;
    private int position;
    private Long organisationId;
    @Column(name = "budget_year")
    private int year;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private CostCategory category;
    private BigDecimal cost;
    private BigDecimal coFunding;

    protected BudgetLine() {
    }

    BudgetLine(Long applicationId, int position, BudgetEntry entry) {
        this.applicationId = applicationId;
        this.position = position;
        this.organisationId = entry.organisationId();
        this.year = entry.year();
        this.category = entry.category();
        this.cost = entry.cost();
        this.coFunding = entry.coFunding();
    }

    public BudgetEntry entry() {
        return new BudgetEntry(organisationId, year, category, cost, coFunding);
    }

    public Long getId() {
        return id;
    }
}
