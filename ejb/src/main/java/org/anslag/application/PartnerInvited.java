package org.anslag.application;

/** Fired in the transaction that lists a partner municipality on a draft. */
public record PartnerInvited(Long applicationId, String number, Long partnerOrganisationId) {
}
