package org.anslag.followup;

import java.util.List;
import org.anslag.shared.RuleViolation;

/**
 * What a project reports for a period; indicators are counts and cannot be negative. The tags are
 * terms of the programme's vocabulary (hinders and success factors alike), each at most once.
 */
public record ReportContent(String narrative, int ideasReceived, int ideasImplemented, int employeesInvolved,
                            List<TagChoice> tags) {

    public ReportContent {
        if (narrative == null || narrative.isBlank()) {
            throw new RuleViolation("narrative", "validation.required");
        }
        if (ideasReceived < 0) {
            throw new RuleViolation("ideasReceived", "validation.notNegative");
        }
        if (ideasImplemented < 0) {
            throw new RuleViolation("ideasImplemented", "validation.notNegative");
        }
        if (employeesInvolved < 0) {
            throw new RuleViolation("employeesInvolved", "validation.notNegative");
        }
        if (ideasImplemented > ideasReceived) {
            throw new RuleViolation("ideasImplemented", "report.moreImplementedThanReceived");
        }
        tags = List.copyOf(tags);
        if (tags.stream().map(TagChoice::termId).distinct().count() < tags.size()) {
            throw new RuleViolation("tags", "report.termTwice");
        }
    }
}
