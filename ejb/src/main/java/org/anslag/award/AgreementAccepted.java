package org.anslag.award;

import java.time.LocalDate;
import java.util.List;

/**
 * Fired (CDI, in the transaction) when a coordinator accepts the grant agreement, so that the
 * follow-up can plan the grant's own reporting periods from its call's.
 */
public record AgreementAccepted(Long applicationId, List<LocalDate> reportingPeriodEnds) {
}
