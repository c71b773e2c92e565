package org.anslag.budget;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import org.anslag.application.GrantApplication;
import org.anslag.application.SubmissionFacts;

/** The submitted budget's own co-funding share (%), which the eligibility rules compare with the call's minimum. */
@ApplicationScoped
public class BudgetFacts implements SubmissionFacts {

    @EJB
    Budgets budgets;

    @Override
    public Map<String, Object> factsOf(GrantApplication submitted) {
        return Map.of("coFundingShare", budgets.ofApplication(submitted.getId()).coFundingShare().doubleValue());
    }
}
