package org.anslag.review;

import static org.anslag.shared.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.anslag.application.GrantApplication;
import org.anslag.application.TestApplications;
import org.anslag.call.CallTerms.Criterion;
import org.anslag.call.FundingCall;
import org.anslag.call.TestCalls;
import org.anslag.shared.RuleViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReviewTest {

    /** Criteria of {@link TestCalls#ideaHubCall()}: "Relevans" weighs 60, "Genomförbarhet" 40. */
    private static final long RELEVANCE = 11;
    private static final long FEASIBILITY = 12;
    private static final Instant NOW = TestCalls.stockholm(2026, 5, 4, 10, 0);

    private final GrantApplication application = TestApplications.completeDraft(new BigDecimal("400000"));

    @Test
    void theWeightedScoreIsTheWeightedMeanWithTwoDecimals() {
        Review review = review(Map.of(RELEVANCE, 6, FEASIBILITY, 5), comments());

        assertThat(review.getWeightedScore()).isEqualTo(new BigDecimal("5.60"));
    }

    @Test
    void theWeightedScoreIsRoundedHalfUpToTwoDecimals() {
        FundingCall threeEqualCriteria = TestCalls.callWith(21,
                new Criterion("Relevans", 1), new Criterion("Genomförbarhet", 1), new Criterion("Spridning", 1));
        GrantApplication toScore = TestApplications.completeDraft(threeEqualCriteria, new BigDecimal("400000"));

        Review review = new Review(toScore, "eva.evaluator", Map.of(21L, 7, 22L, 7, 23L, 6),
                Map.of(21L, "Bra", 22L, "Bra", 23L, "Godkänt"), NOW);

        assertThat(review.getWeightedScore()).isEqualTo(new BigDecimal("6.67"));
    }

    @Test
    void theConsolidationStartsFromTheMeanOfTheWeightedScores() {
        Review first = review(Map.of(RELEVANCE, 6, FEASIBILITY, 5), comments());
        Review second = review(Map.of(RELEVANCE, 4, FEASIBILITY, 7), comments());

        assertThat(Consolidation.meanOf(List.of(first, second))).as("5.60 and 5.20").isEqualTo(new BigDecimal("5.40"));
        assertThat(Consolidation.meanOf(List.of())).as("nothing to start from").isNull();
    }

    @Test
    void aConsolidatedAssessmentHasAScoreOnTheScaleAndAStatement() {
        Consolidation consolidation = new Consolidation(application);
        assertRefused(() -> consolidation.write(new BigDecimal("7.01"), "Stark.", "maria", NOW),
                "score", "consolidation.scoreOutOfScale");
        assertRefused(() -> consolidation.write(new BigDecimal("0.99"), "Svag.", "maria", NOW),
                "score", "consolidation.scoreOutOfScale");
        assertRefused(() -> consolidation.write(new BigDecimal("5"), " ", "maria", NOW), "statement", "validation.required");

        consolidation.write(new BigDecimal("5.555"), " Stark idé. ", "maria", NOW);
        assertThat(consolidation.getScore()).isEqualTo(new BigDecimal("5.56"));
        assertThat(consolidation.getStatement()).isEqualTo("Stark idé.");
    }

    @Test
    void aMissingScoreNamesTheCriterion() {
        RuleViolation refusal = assertRefused(() -> review(Map.of(RELEVANCE, 6), comments()),
                "score-" + FEASIBILITY, "review.scoreMissing");

        assertThat(refusal.arguments()).containsExactly("Genomförbarhet");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 8, -1})
    void aScoreOutsideOneToSevenIsRefused(int score) {
        RuleViolation refusal = assertRefused(() -> review(Map.of(RELEVANCE, score, FEASIBILITY, 5), comments()),
                "score-" + RELEVANCE, "review.scoreOutOfScale");

        assertThat(refusal.arguments()).containsExactly("Relevans");
    }

    @Test
    void theLowestAndHighestScoresAreAccepted() {
        Review review = review(Map.of(RELEVANCE, 1, FEASIBILITY, 7), comments());

        assertThat(review.getWeightedScore()).isEqualTo(new BigDecimal("3.40"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void aBlankCommentIsRefused(String comment) {
        RuleViolation refusal = assertRefused(() -> review(Map.of(RELEVANCE, 6, FEASIBILITY, 5),
                Map.of(RELEVANCE, "Tydlig koppling till programmets mål.", FEASIBILITY, comment)),
                "comment-" + FEASIBILITY, "review.commentMissing");

        assertThat(refusal.arguments()).containsExactly("Genomförbarhet");
    }

    @Test
    void aMissingCommentIsRefused() {
        assertRefused(() -> review(Map.of(RELEVANCE, 6, FEASIBILITY, 5), Map.of(FEASIBILITY, "Realistisk plan.")),
                "comment-" + RELEVANCE, "review.commentMissing");
    }

    @Test
    void theReviewKeepsAScoreAndTrimmedCommentPerCriterionInCriterionOrder() {
        Review review = review(Map.of(FEASIBILITY, 5, RELEVANCE, 6),
                Map.of(RELEVANCE, "  Tydlig koppling till programmets mål. ", FEASIBILITY, "Realistisk plan.\n"));

        assertThat(review.getScores()).containsExactly(
                new CriterionScore(RELEVANCE, 6, "Tydlig koppling till programmets mål."),
                new CriterionScore(FEASIBILITY, 5, "Realistisk plan."));
        assertThat(review.getEvaluator()).isEqualTo("eva.evaluator");
        assertThat(review.getSubmittedAt()).isEqualTo(NOW);
    }

    private Review review(Map<Long, Integer> scores, Map<Long, String> comments) {
        return new Review(application, "eva.evaluator", scores, comments, NOW);
    }

    private static Map<Long, String> comments() {
        return Map.of(RELEVANCE, "Tydlig koppling till programmets mål.", FEASIBILITY, "Realistisk plan.");
    }
}
