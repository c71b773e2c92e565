package org.anslag.web.followup;

import java.io.Serializable;
import java.math.BigDecimal;
import org.anslag.budget.CostCategory;
import org.anslag.followup.BudgetDeviation;
import org.anslag.followup.SpendingBasis;
import org.anslag.followup.SpendingEntry;

/**
 * One heading of the approved budget on the report form: what was approved and spent before,
 * the amount typed for this period, and, where the spending to date deviates, the explanation.
 */
public class SpendingInput implements Serializable {

    private static final long serialVersionUID = 1L;

    private final SpendingBasis basis;
    private BigDecimal amount;
    private String explanation;

    SpendingInput(SpendingBasis basis) {
        this.basis = basis;
    }

    SpendingBasis basis() {
        return basis;
    }

    SpendingEntry entry() {
        return new SpendingEntry(basis.heading().organisationId(), basis.heading().category(), amount, explanation);
    }

    public String getOrganisationName() {
        return basis.organisationName();
    }

    public CostCategory getCategory() {
        return basis.heading().category();
    }

    public BigDecimal getApproved() {
        return basis.approved();
    }

    public BigDecimal getSpentBefore() {
        return basis.spentBefore();
    }

    /** None until an amount is typed. */
    public BudgetDeviation getDeviation() {
        return amount == null ? null : basis.deviation(amount);
    }

    /** The explanation field shows once the deviation asks for it, and stays while it holds text. */
    public boolean isExplanationAsked() {
        BudgetDeviation deviation = getDeviation();
        return deviation != null && deviation.needsExplanation() || explanation != null && !explanation.isBlank();
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public String getExplanation() {
        return explanation;
    }

    public void setExplanation(String explanation) {
        this.explanation = explanation;
    }
}
