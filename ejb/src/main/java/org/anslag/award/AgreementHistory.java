package org.anslag.award;

import java.time.Instant;
import org.anslag.application.GrantApplication;

/** The accepted agreements of a programme that ended before it was brought into Anslag (the demo's history). */
public final class AgreementHistory {

    private AgreementHistory() {
    }

    public static GrantAgreement accepted(GrantApplication application, String acceptedBy, Instant acceptedAt) {
        GrantAgreement agreement = new GrantAgreement(application, acceptedAt.plusSeconds(30L * 24 * 3600));
        agreement.accept(acceptedBy, acceptedAt);
        return agreement;
    }
}
