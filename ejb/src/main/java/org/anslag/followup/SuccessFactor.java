package org.anslag.followup;

/** Shared vocabulary of what made projects work. */
public enum SuccessFactor {
    ENGAGED_LEADERSHIP, DEDICATED_STAFF, CITIZEN_INVOLVEMENT, PARTNER_COLLABORATION, CLEAR_GOALS,
    EXTERNAL_EXPERTISE, QUICK_PROTOTYPING
}
