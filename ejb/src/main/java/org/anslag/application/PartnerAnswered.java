package org.anslag.application;

/** Fired in the transaction where a partner confirms or declines taking part. */
public record PartnerAnswered(Long applicationId, String number, Long partnerOrganisationId, boolean confirmed,
                              String answeredBy, String comment) {
}
