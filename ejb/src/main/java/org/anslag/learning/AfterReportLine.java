package org.anslag.learning;

import java.time.Instant;
import java.util.List;

/**
 * One round of an after-report as the overview shows it: the project, its coordinating
 * organisation and the answers, never who answered.
 */
public record AfterReportLine(String number, String title, String coordinator, String programme, int months,
                              AfterReportStatus status, Instant sentAt, Instant remindedAt, Instant closedAt,
                              StillInUse stillInUse, List<String> adoptedIn, String effects) {

    public String adoptedInNames() {
        return String.join(", ", adoptedIn);
    }
}
