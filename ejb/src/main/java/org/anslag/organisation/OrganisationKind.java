package org.anslag.organisation;

/** What kind of body an organisation is; calls say which kinds may apply. */
public enum OrganisationKind {
    MUNICIPALITY, REGION, AGENCY, COMPANY
}
