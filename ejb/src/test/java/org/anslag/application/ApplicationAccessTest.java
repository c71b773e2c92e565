package org.anslag.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Set;
import org.anslag.organisation.TestOrganisations;
import org.junit.jupiter.api.Test;

class ApplicationAccessTest {

    private final GrantApplication sundsvallWithTimra = TestApplications.completeDraft(new BigDecimal("500000"));

    @Test
    void anEvaluatorTiedToTheCoordinatorOrAPartnerIsNamedWithThatOrganisation() {
        assertThat(ApplicationAccess.tieTo(Set.of(TestOrganisations.timra().getId()), sundsvallWithTimra))
                .as("employed by the partner").isEqualTo("Timrå kommun");
        assertThat(ApplicationAccess.tieTo(Set.of(TestOrganisations.harnosand().getId(), TestOrganisations.sundsvall().getId()),
                sundsvallWithTimra)).as("an affiliation with the coordinator beside another employer").isEqualTo("Sundsvalls kommun");
    }

    @Test
    void anEvaluatorTiedToNoneOfItsOrganisationsIsFree() {
        assertThat(ApplicationAccess.tieTo(Set.of(), sundsvallWithTimra)).as("agency staff belong to no municipality").isNull();
        assertThat(ApplicationAccess.tieTo(Set.of(TestOrganisations.harnosand().getId()), sundsvallWithTimra)).isNull();
    }

    @Test
    void anExternalExpertIsTiedWhereTheEmployerTakesPart() {
        var sofia = TestOrganisations.evaluator("sofia", TestOrganisations.timra());
        assertThat(ApplicationAccess.tieTo(sofia.affiliationIds(), sundsvallWithTimra)).isEqualTo("Timrå kommun");
    }

    @Test
    void anInternalEvaluatorIsTiedWhereADeclaredAffiliationTakesPart() {
        var erik = TestOrganisations.evaluator("erik", null, TestOrganisations.timra());
        assertThat(ApplicationAccess.tieTo(erik.affiliationIds(), sundsvallWithTimra)).as("board member in Timrå")
                .isEqualTo("Timrå kommun");
        var lars = TestOrganisations.evaluator("lars", null, TestOrganisations.harnosand());
        assertThat(ApplicationAccess.tieTo(lars.affiliationIds(), sundsvallWithTimra)).isNull();
    }
}
