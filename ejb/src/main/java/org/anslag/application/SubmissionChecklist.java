package org.anslag.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;

/**
 * What still stands between a draft and submission, each item naming the field to fix; the page
 * lists them with links, and submission refuses the first one. Other areas (budget, form answers,
 * partners) add their items through {@link ChecklistContribution}.
 */
@ApplicationScoped
public class SubmissionChecklist {

    /**
     * One missing or invalid item: the page it is fixed on (null = the draft page), the field there,
     * the message key and its values.
     */
    public record Item(String page, String field, String messageKey, List<Object> arguments) {

        public Item(String field, String messageKey, List<Object> arguments) {
            this(null, field, messageKey, arguments);
        }
    }

    @Inject
    @Any
    Instance<ChecklistContribution> contributions;

    public List<Item> of(GrantApplication draft) {
        List<Item> items = new ArrayList<>(basics(draft));
        contributions.forEach(contribution -> items.addAll(contribution.itemsFor(draft)));
        return items;
    }

    static List<Item> basics(GrantApplication draft) {
        List<Item> items = new ArrayList<>();
        if (draft.getSummary() == null || draft.getSummary().isBlank()) {
            items.add(new Item("summary", "validation.required", List.of()));
        }
        if (draft.getRequestedAmount() == null) {
            items.add(new Item("requestedAmount", "validation.required", List.of()));
        } else if (draft.getRequestedAmount().compareTo(draft.getCall().getMaxGrant()) > 0) {
            items.add(new Item("requestedAmount", "application.aboveMaxGrant", List.of(draft.getCall().getMaxGrant())));
        }
        var call = draft.getCall();
        if (!call.isEligible(draft.getCoordinator().getKind())) {
            items.add(new Item("coordinator", "application.kindNotEligible", List.of()));
        }
        int partners = draft.getPartners().size();
        if (partners == 0 && call.getMinPartners() > 0) {
            items.add(new Item("partner", "application.noPartner", List.of()));
        } else if (partners < call.getMinPartners()) {
            items.add(new Item("partner", "application.tooFewPartners", List.of(call.getMinPartners())));
        } else if (partners > call.getMaxPartners()) {
            items.add(new Item("partner", "application.tooManyPartners", List.of(call.getMaxPartners())));
        }
        for (ApplicationPartner partner : draft.getPartners()) {
            String name = partner.getOrganisation().getName();
            switch (partner.getConfirmation()) {
                case PENDING -> items.add(new Item("partners", "application.partnerNotConfirmed", List.of(name)));
                case DECLINED -> items.add(new Item("partners", "application.partnerDeclined", List.of(name)));
                case LAPSED -> items.add(new Item("partners", "application.partnerLapsed", List.of(name)));
                case CONFIRMED -> { }
            }
        }
        return items;
    }
}
