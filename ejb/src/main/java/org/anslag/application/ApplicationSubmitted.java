package org.anslag.application;

/** Fired in the submitting transaction, once per application (not for a repeated submit). */
public record ApplicationSubmitted(Long applicationId, String number, String submittedBy) {
}
