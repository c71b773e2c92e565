package org.anslag.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The eligibility table names every requirement of the call that an application falls short of. */
@Deployment(resources = "processes/eligibility.dmn")
class EligibilityDecisionTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder()
            .useProcessEngine(InMemoryProcessEngine.get())
            .build();

    @Test
    void aMunicipalityMeetingEveryRuleOfTheCallHasNoReason() {
        assertThat(reasons(application())).isEmpty();
    }

    @Test
    void aKindOfOrganisationTheCallIsNotOpenToIsIneligible() {
        assertThat(reasons(application().putValue("organisationKind", "REGION"))).containsExactly("KIND_NOT_ELIGIBLE");
        assertThat(reasons(application().putValue("organisationKind", "REGION")
                .putValue("eligibleKinds", "MUNICIPALITY,REGION"))).isEmpty();
    }

    @Test
    void thePartnerCountMustLieWithinTheCallsMinimumAndMaximum() {
        assertThat(reasons(application().putValue("partnerCount", 0))).containsExactly("TOO_FEW_PARTNERS");
        assertThat(reasons(application().putValue("partnerCount", 1))).as("the minimum itself").isEmpty();
        assertThat(reasons(application().putValue("partnerCount", 5))).as("the maximum itself").isEmpty();
        assertThat(reasons(application().putValue("partnerCount", 6))).containsExactly("TOO_MANY_PARTNERS");
    }

    @Test
    void theOwnCoFundingShareMustReachTheCallsMinimum() {
        assertThat(reasons(application().putValue("coFundingShare", 19.99))).containsExactly("CO_FUNDING_TOO_LOW");
        assertThat(reasons(application().putValue("coFundingShare", 20.0))).isEmpty();
    }

    @Test
    void requestingMoreThanTheMaximumGrantIsIneligibleButExactlyTheMaximumIsNot() {
        assertThat(reasons(application().putValue("requestedAmount", 2_000_001L))).containsExactly("EXCEEDS_MAX_GRANT");
        assertThat(reasons(application().putValue("requestedAmount", 2_000_000L))).isEmpty();
    }

    @Test
    void everyShortcomingIsNamedNotJustTheFirst() {
        assertThat(reasons(application().putValue("organisationKind", "COMPANY").putValue("partnerCount", 0)
                .putValue("coFundingShare", 5.0).putValue("requestedAmount", 3_000_000L)))
                .containsExactly("KIND_NOT_ELIGIBLE", "TOO_FEW_PARTNERS", "CO_FUNDING_TOO_LOW", "EXCEEDS_MAX_GRANT");
    }

    /** An idea-hub application within a call open to municipalities, 1–5 partners, 20 % co-funding, 2 Mkr at most. */
    private static VariableMap application() {
        return Variables.createVariables()
                .putValue("organisationKind", "MUNICIPALITY")
                .putValue("eligibleKinds", "MUNICIPALITY")
                .putValue("partnerCount", 2)
                .putValue("minPartners", 1)
                .putValue("maxPartners", 5)
                .putValue("coFundingShare", 25.0)
                .putValue("minCoFundingShare", 20.0)
                .putValue("requestedAmount", 1_500_000L)
                .putValue("maxGrant", 2_000_000L);
    }

    private List<Object> reasons(VariableMap variables) {
        return engine.getDecisionService().evaluateDecisionByKey("eligibility").variables(variables).evaluate()
                .collectEntries("reason");
    }
}
