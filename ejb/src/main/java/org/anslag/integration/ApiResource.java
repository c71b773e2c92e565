package org.anslag.integration;

/** What the integration API serves, one collection each under /api/v1. */
public enum ApiResource {
    CALLS, APPLICATIONS, DECISIONS, PAYMENTS, REPORTS
}
