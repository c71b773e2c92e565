package org.anslag.followup;

import static org.anslag.shared.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReportContentTest {

    private static final String NARRATIVE = "Idéslussen har tagit emot förslag från tre förvaltningar.";

    @ParameterizedTest
    @ValueSource(strings = {"", "  \n  "})
    void aReportWithoutNarrativeIsRefused(String narrative) {
        assertRefused(() -> report(narrative, 10, 4, 25), "narrative", "validation.required");
    }

    @Test
    void aReportWithoutAnyNarrativeIsRefused() {
        assertRefused(() -> report(null, 10, 4, 25), "narrative", "validation.required");
    }

    @Test
    void aNegativeNumberOfIdeasReceivedIsRefused() {
        assertRefused(() -> report(NARRATIVE, -1, 0, 25), "ideasReceived", "validation.notNegative");
    }

    @Test
    void aNegativeNumberOfIdeasImplementedIsRefused() {
        assertRefused(() -> report(NARRATIVE, 10, -1, 25), "ideasImplemented", "validation.notNegative");
    }

    @Test
    void aNegativeNumberOfEmployeesInvolvedIsRefused() {
        assertRefused(() -> report(NARRATIVE, 10, 4, -3), "employeesInvolved", "validation.notNegative");
    }

    @Test
    void implementingMoreIdeasThanWereReceivedIsRefused() {
        assertRefused(() -> report(NARRATIVE, 10, 11, 25), "ideasImplemented", "report.moreImplementedThanReceived");
    }

    @Test
    void implementingEveryIdeaReceivedIsAccepted() {
        ReportContent content = report(NARRATIVE, 10, 10, 25);

        assertThat(content.ideasImplemented()).isEqualTo(10);
    }

    @Test
    void aReportWithNothingToCountYetIsAccepted() {
        ReportContent content = new ReportContent(NARRATIVE, 0, 0, 0,
                List.of(new TagChoice(1L, "  Tre av fem medarbetare slutade.  "), new TagChoice(9L, " ")));

        assertThat(content.tags()).containsExactly(new TagChoice(1L, "Tre av fem medarbetare slutade."),
                new TagChoice(9L, null));
    }

    @Test
    void aTermTickedTwiceIsRefused() {
        assertRefused(() -> new ReportContent(NARRATIVE, 0, 0, 0, List.of(new TagChoice(1L, "a"), new TagChoice(1L, "b"))),
                "tags", "report.termTwice");
    }

    @Test
    void anExcerptLongerThanTheLimitIsRefusedAndOneAtTheLimitAccepted() {
        assertRefused(() -> new TagChoice(1L, "x".repeat(TagChoice.MAX_EXCERPT + 1)), "excerpt", "report.excerptTooLong");

        assertThat(new TagChoice(1L, "x".repeat(TagChoice.MAX_EXCERPT)).excerpt()).hasSize(TagChoice.MAX_EXCERPT);
    }

    private static ReportContent report(String narrative, int received, int implemented, int employees) {
        return new ReportContent(narrative, received, implemented, employees, List.of());
    }
}
