package org.anslag.followup;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.anslag.shared.RuleViolation;

/**
 * What a project reports for a period: the narrative, a value per indicator of the call (by the
 * indicator's id), tags from the programme's vocabulary (hinders and success factors alike),
 * each term at most once, what was spent per cost heading, and the spread to other municipalities.
 */
public record ReportContent(String narrative, Map<Long, BigDecimal> indicatorValues, List<TagChoice> tags,
                            List<SpendingEntry> spending, List<SpreadEntry> spread) {

    public ReportContent {
        if (narrative == null || narrative.isBlank()) {
            throw new RuleViolation("narrative", "validation.required");
        }
        indicatorValues = Map.copyOf(indicatorValues);
        tags = List.copyOf(tags);
        spending = List.copyOf(spending);
        spread = List.copyOf(spread);
        if (tags.stream().map(TagChoice::termId).distinct().count() < tags.size()) {
            throw new RuleViolation("tags", "report.termTwice");
        }
    }

    /** A report that says nothing about spending or spread. */
    public ReportContent(String narrative, Map<Long, BigDecimal> indicatorValues, List<TagChoice> tags) {
        this(narrative, indicatorValues, tags, List.of(), List.of());
    }
}
