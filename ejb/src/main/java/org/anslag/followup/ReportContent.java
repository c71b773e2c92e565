package org.anslag.followup;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.anslag.shared.RuleViolation;

/**
 * What a project reports for a period: the narrative, a value per indicator of the call (by the
 * indicator's id), and tags from the programme's vocabulary (hinders and success factors alike),
 * each term at most once.
 */
public record ReportContent(String narrative, Map<Long, BigDecimal> indicatorValues, List<TagChoice> tags) {

    public ReportContent {
        if (narrative == null || narrative.isBlank()) {
            throw new RuleViolation("narrative", "validation.required");
        }
        indicatorValues = Map.copyOf(indicatorValues);
        tags = List.copyOf(tags);
        if (tags.stream().map(TagChoice::termId).distinct().count() < tags.size()) {
            throw new RuleViolation("tags", "report.termTwice");
        }
    }
}
