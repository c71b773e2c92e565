package org.anslag.followup;

import java.util.Set;
import org.anslag.shared.RuleViolation;

/** What a project reports for a period; indicators are counts and cannot be negative. */
public record ReportContent(String narrative, int ideasReceived, int ideasImplemented, int employeesInvolved,
                            Set<Hinder> hinders, Set<SuccessFactor> successFactors) {

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
        hinders = Set.copyOf(hinders);
        successFactors = Set.copyOf(successFactors);
    }
}
