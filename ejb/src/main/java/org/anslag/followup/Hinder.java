package org.anslag.followup;

/** Shared vocabulary of what held projects back, so reports can be aggregated across the programme. */
public enum Hinder {
    LACK_OF_TIME, FUNDING_GAPS, MISSING_COMPETENCE, WEAK_MANAGEMENT_SUPPORT, REGULATION, TECHNICAL_PROBLEMS,
    STAFF_TURNOVER, PARTNER_COORDINATION
}
