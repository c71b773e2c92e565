package org.anslag.integration;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a token may read, named after the role of the system that holds it. No scope reads an
 * application's form answers, budget or attachments, nor any person's name: the API carries
 * the case facts another system needs, not the case file.
 */
public enum ApiScope {
    /** Programme management's BI: everything the API serves. */
    PROGRAMME_MANAGER_READ(EnumSet.allOf(ApiResource.class)),
    /** The ERP: calls' budgets, decisions and the installments to pay; no applications, no reports. */
    FINANCE(EnumSet.of(ApiResource.CALLS, ApiResource.DECISIONS, ApiResource.PAYMENTS)),
    /** The diarium: which case arrived and what was decided, under its registration number. */
    REGISTRY(EnumSet.of(ApiResource.CALLS, ApiResource.APPLICATIONS, ApiResource.DECISIONS)),
    /** The accompanying research: the reports' facts; no money, no applications. */
    RESEARCHER(EnumSet.of(ApiResource.CALLS, ApiResource.REPORTS));

    private final Set<ApiResource> reads;

    ApiScope(Set<ApiResource> reads) {
        this.reads = reads;
    }

    public boolean reads(ApiResource resource) {
        return reads.contains(resource);
    }
}
