package org.anslag.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.Map;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@Deployment(resources = "processes/eligibility.dmn")
class EligibilityDecisionTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder()
            .useProcessEngine(InMemoryProcessEngine.get())
            .build();

    @Test
    void aMunicipalityWithPartnersWithinTheMaximumIsEligible() {
        assertThat(eligibility("MUNICIPALITY", 2, 1_500_000L, 2_000_000L))
                .containsOnly(entry("eligible", true), entry("reason", "Uppfyller grundkraven"));
    }

    @Test
    void aCoordinatorThatIsNotAMunicipalityIsIneligible() {
        assertThat(eligibility("REGION", 2, 1_500_000L, 2_000_000L))
                .containsOnly(entry("eligible", false), entry("reason", "Sökande måste vara en kommun"));
    }

    @Test
    void anApplicationWithoutPartnerMunicipalitiesIsIneligible() {
        assertThat(eligibility("MUNICIPALITY", 0, 1_500_000L, 2_000_000L))
                .containsOnly(entry("eligible", false), entry("reason", "Minst en partnerkommun krävs"));
    }

    @Test
    void requestingMoreThanTheMaximumGrantIsIneligible() {
        assertThat(eligibility("MUNICIPALITY", 2, 2_000_001L, 2_000_000L))
                .containsOnly(entry("eligible", false), entry("reason", "Sökt belopp överstiger maxbeloppet"));
    }

    @Test
    void requestingExactlyTheMaximumGrantIsEligible() {
        assertThat(eligibility("MUNICIPALITY", 1, 2_000_000L, 2_000_000L))
                .containsEntry("eligible", true);
    }

    @Test
    void theFirstFailedRequirementGivesTheReason() {
        assertThat(eligibility("COMPANY", 0, 3_000_000L, 2_000_000L))
                .containsEntry("reason", "Sökande måste vara en kommun");
    }

    private Map<String, Object> eligibility(String organisationKind, int partnerCount,
                                            long requestedAmount, long maxGrant) {
        return engine.getDecisionService()
                .evaluateDecisionByKey("eligibility")
                .variables(Variables.createVariables()
                        .putValue("organisationKind", organisationKind)
                        .putValue("partnerCount", partnerCount)
                        .putValue("requestedAmount", requestedAmount)
                        .putValue("maxGrant", maxGrant))
                .evaluate()
                .getSingleResult()
                .getEntryMap();
    }
}
