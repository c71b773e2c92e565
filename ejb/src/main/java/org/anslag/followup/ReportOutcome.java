package org.anslag.followup;

/** What the assessing evaluator concluded: the report is approved, or sent back to be revised. */
public enum ReportOutcome {
    APPROVED,
    SENT_BACK
}
