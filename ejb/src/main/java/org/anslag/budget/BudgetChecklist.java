package org.anslag.budget;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import org.anslag.application.ChecklistContribution;
import org.anslag.application.GrantApplication;
import org.anslag.application.SubmissionChecklist.Item;

/** The budget's part of the submission checklist: there is one, and it keeps the call's money rules. */
@ApplicationScoped
public class BudgetChecklist implements ChecklistContribution {

    static final String PAGE = "budget.xhtml";

    @EJB
    Budgets budgets;

    @Override
    public List<Item> itemsFor(GrantApplication draft) {
        return itemsFor(draft, budgets.ofApplication(draft.getId()));
    }

    static List<Item> itemsFor(GrantApplication draft, Budget budget) {
        List<Item> items = new ArrayList<>();
        var call = draft.getCall();
        if (budget.entries().isEmpty()) {
            items.add(new Item(PAGE, "budget", "budget.missing", List.of()));
            return items;
        }
        if (budget.grantRequested().compareTo(call.getMaxGrant()) > 0) {
            items.add(new Item(PAGE, "budget", "budget.grantAboveMax", List.of(budget.grantRequested(), call.getMaxGrant())));
        }
        if (budget.coFundingShare().compareTo(call.getMinCoFundingShare()) < 0) {
            items.add(new Item(PAGE, "budget", "budget.coFundingBelowMin",
                    List.of(budget.coFundingShare().doubleValue(), call.getMinCoFundingShare().doubleValue())));
        }
        return items;
    }
}
