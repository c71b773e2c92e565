package org.anslag.learning;

/** Where a round of the after-report stands: asked and waiting, answered, or left unanswered past its deadline. */
public enum AfterReportStatus {
    SENT, ANSWERED, OVERDUE
}
