package org.anslag.shared;

/** The roles of the design card; the names are also the Jakarta Security group names. */
public enum Role {
    APPLICANT, PROGRAMME_MANAGER, EVALUATOR, FINANCE, ADMIN, RESEARCHER
}
