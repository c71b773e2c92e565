package org.anslag.application;

import java.math.BigDecimal;
import org.anslag.call.FundingCall;
import org.anslag.call.TestCalls;
import org.anslag.organisation.Organisation;
import org.anslag.organisation.TestOrganisations;

/** Applications in the states other business areas start from. */
public final class TestApplications {

    private TestApplications() {
    }

    /** Sundsvall's draft to {@code call} with Timrå as confirmed partner, asking for {@code requestedAmount}. */
    public static GrantApplication completeDraft(FundingCall call, BigDecimal requestedAmount) {
        Organisation coordinator = TestOrganisations.sundsvall();
        GrantApplication application = new GrantApplication("IH-2026-0001", call, coordinator,
                "Idésluss Medelpad", "anna.coordinator", TestCalls.OPENS_AT);
        application.edit("Idésluss Medelpad", "Medarbetarnas idéer prövas i en gemensam idésluss.", requestedAmount);
        Organisation timra = TestOrganisations.timra();
        application.addPartner(timra, TestCalls.CLOSES_AT);
        application.partner(timra.getId()).answer(true, "tomas.partner", TestCalls.OPENS_AT, null);
        return application;
    }

    public static GrantApplication completeDraft(BigDecimal requestedAmount) {
        return completeDraft(TestCalls.ideaHubCall(), requestedAmount);
    }
}
