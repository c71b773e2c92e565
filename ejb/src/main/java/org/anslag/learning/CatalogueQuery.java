package org.anslag.learning;

import org.anslag.call.CallType;

/**
 * What a visitor looks for in the results catalogue: free text, a theme (the call type), a county
 * (its two-digit code), a tag (a hinder or success factor, by the id of one term with that label)
 * and the page, counted from 1. Each filter may be left out (null).
 */
public record CatalogueQuery(String text, CallType theme, String county, Long tag, int page) {

    public CatalogueQuery {
        text = text == null || text.isBlank() ? null : text.strip();
        county = county == null || county.isBlank() ? null : county.strip();
        page = Math.max(page, 1);
    }

    public static CatalogueQuery everything() {
        return new CatalogueQuery(null, null, null, null, 1);
    }
}
