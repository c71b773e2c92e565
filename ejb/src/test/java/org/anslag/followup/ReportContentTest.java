package org.anslag.followup;

import static org.anslag.shared.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReportContentTest {

    private static final String NARRATIVE = "Idéslussen har tagit emot förslag från tre förvaltningar.";

    @ParameterizedTest
    @ValueSource(strings = {"", "  \n  "})
    void aReportWithoutNarrativeIsRefused(String narrative) {
        assertRefused(() -> new ReportContent(narrative, Map.of(), List.of()), "narrative", "validation.required");
    }

    @Test
    void aReportWithoutAnyNarrativeIsRefused() {
        assertRefused(() -> new ReportContent(null, Map.of(), List.of()), "narrative", "validation.required");
    }

    @Test
    void aReportCarriesItsValuesAndItsTagsWithTrimmedExcerpts() {
        ReportContent content = new ReportContent(NARRATIVE, Map.of(3L, new BigDecimal("12")),
                List.of(new TagChoice(1L, "  Tre av fem medarbetare slutade.  "), new TagChoice(9L, " ")));

        assertThat(content.indicatorValues()).containsEntry(3L, new BigDecimal("12"));
        assertThat(content.tags()).containsExactly(new TagChoice(1L, "Tre av fem medarbetare slutade."),
                new TagChoice(9L, null));
    }

    @Test
    void aTermTickedTwiceIsRefused() {
        assertRefused(() -> new ReportContent(NARRATIVE, Map.of(), List.of(new TagChoice(1L, "a"), new TagChoice(1L, "b"))),
                "tags", "report.termTwice");
    }

    @Test
    void anExcerptLongerThanTheLimitIsRefusedAndOneAtTheLimitAccepted() {
        assertRefused(() -> new TagChoice(1L, "x".repeat(TagChoice.MAX_EXCERPT + 1)), "excerpt", "report.excerptTooLong");

        assertThat(new TagChoice(1L, "x".repeat(TagChoice.MAX_EXCERPT)).excerpt()).hasSize(TagChoice.MAX_EXCERPT);
    }
}
