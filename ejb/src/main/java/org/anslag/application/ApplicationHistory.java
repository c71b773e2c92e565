package org.anslag.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.anslag.call.FundingCall;
import org.anslag.organisation.Organisation;

/**
 * Applications of a programme that ended before it was brought into Anslag (the demo's finished
 * programme): made, confirmed and submitted as the applicants would have, then set to how they
 * ended, without a grant-application process.
 */
public final class ApplicationHistory {

    private ApplicationHistory() {
    }

    /** A submitted application whose partners confirmed when it was written; {@code outcome} is where it ended. */
    public static GrantApplication ended(String number, FundingCall call, Organisation coordinator,
                                         List<Organisation> partners, String title, String summary,
                                         BigDecimal requestedAmount, String createdBy, Instant submittedAt,
                                         ApplicationStatus outcome) {
        GrantApplication application = new GrantApplication(number, call, coordinator, title, createdBy, submittedAt);
        application.edit(title, summary, requestedAmount);
        for (Organisation partner : partners) {
            application.addPartner(partner, submittedAt);
            application.partner(partner.getId()).answer(true, createdBy, submittedAt, null);
        }
        application.submit(submittedAt);
        application.moveTo(outcome);
        return application;
    }
}
