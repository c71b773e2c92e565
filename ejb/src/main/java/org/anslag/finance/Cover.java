package org.anslag.finance;

import java.time.ZonedDateTime;
import java.util.List;

/**
 * What the cover sheet says about a workbook: its title, the filters it was made with, and who
 * exported it when (in Swedish time).
 */
record Cover(String title, List<Filter> filters, String exportedBy, ZonedDateTime exportedAt) {

    /** A filter as the reader chose it: its label key and the chosen value. */
    record Filter(String key, String value) {
    }

    Cover {
        filters = List.copyOf(filters);
    }

    /** The filters as the audit log keeps them: {@code programme=…, call=…}. */
    String filterText() {
        return String.join(", ", filters.stream()
                .map(filter -> filter.key().substring(filter.key().lastIndexOf('.') + 1) + "=" + filter.value()).toList());
    }
}
