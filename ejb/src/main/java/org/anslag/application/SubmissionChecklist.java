package org.anslag.application;

import java.util.ArrayList;
import java.util.List;

/**
 * What still stands between a draft and submission, each item naming the field to fix; the page
 * lists them with links, and submission refuses the first one.
 */
public final class SubmissionChecklist {

    /** One missing or invalid item: the field, the message key and its values. */
    public record Item(String field, String messageKey, List<Object> arguments) {
    }

    private SubmissionChecklist() {
    }

    public static List<Item> of(GrantApplication draft) {
        List<Item> items = new ArrayList<>();
        if (draft.getSummary() == null || draft.getSummary().isBlank()) {
            items.add(new Item("summary", "validation.required", List.of()));
        }
        if (draft.getRequestedAmount() == null) {
            items.add(new Item("requestedAmount", "validation.required", List.of()));
        } else if (draft.getRequestedAmount().compareTo(draft.getCall().getMaxGrant()) > 0) {
            items.add(new Item("requestedAmount", "application.aboveMaxGrant", List.of(draft.getCall().getMaxGrant())));
        }
        if (draft.getPartners().isEmpty()) {
            items.add(new Item("partner", "application.noPartner", List.of()));
        }
        return items;
    }
}
