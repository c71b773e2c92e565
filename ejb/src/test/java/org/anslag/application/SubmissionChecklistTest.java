package org.anslag.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.anslag.call.TestCalls;
import org.anslag.organisation.TestOrganisations;
import org.junit.jupiter.api.Test;

class SubmissionChecklistTest {

    @Test
    void aCompleteDraftHasNothingLeftToDo() {
        assertThat(SubmissionChecklist.basics(TestApplications.completeDraft(new BigDecimal("400000")))).isEmpty();
    }

    @Test
    void anEmptyDraftListsEveryMissingItemInTheOrderOfTheForm() {
        GrantApplication draft = new GrantApplication("IH-2026-0002", TestCalls.ideaHubCall(),
                TestOrganisations.sundsvall(), "Tomt utkast", "anna", TestCalls.OPENS_AT);

        assertThat(SubmissionChecklist.basics(draft))
                .extracting(SubmissionChecklist.Item::field, SubmissionChecklist.Item::messageKey)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("summary", "validation.required"),
                        org.assertj.core.groups.Tuple.tuple("requestedAmount", "validation.required"),
                        org.assertj.core.groups.Tuple.tuple("partner", "application.noPartner"));
    }

    @Test
    void anAmountAboveTheMaximumGrantNamesTheMaximum() {
        var items = SubmissionChecklist.basics(TestApplications.completeDraft(TestCalls.MAX_GRANT.add(BigDecimal.ONE)));

        assertThat(items).singleElement().satisfies(item -> {
            assertThat(item.field()).isEqualTo("requestedAmount");
            assertThat(item.messageKey()).isEqualTo("application.aboveMaxGrant");
            assertThat(item.arguments()).containsExactly(TestCalls.MAX_GRANT);
        });
    }
}
