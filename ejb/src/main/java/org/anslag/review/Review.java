package org.anslag.review;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.anslag.application.GrantApplication;
import org.anslag.call.AssessmentCriterion;
import org.anslag.shared.RuleViolation;

/** One evaluator's submitted review of one application. */
@Entity
public class Review {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "application_id")
    private GrantApplication application;
    private String evaluator;
    private Instant submittedAt;
    private BigDecimal weightedScore;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "criterion_score", joinColumns = @JoinColumn(name = "review_id"))
    private List<CriterionScore> scores = new ArrayList<>();

    protected Review() {
    }

    /**
     * Every criterion of the call needs a score on its scale and a comment; the first one missing
     * is named so the evaluator can fix it.
     */
    public Review(GrantApplication application, String evaluator, Map<Long, Integer> scoreByCriterion,
                  Map<Long, String> commentByCriterion, Instant submittedAt) {
        List<AssessmentCriterion> criteria = application.getCall().getCriteria();
        int weightedSum = 0;
        int weights = 0;
        for (AssessmentCriterion criterion : criteria) {
            Integer score = scoreByCriterion.get(criterion.getId());
            String comment = commentByCriterion.get(criterion.getId());
            String field = "score-" + criterion.getId();
            if (score == null) {
                throw new RuleViolation(field, "review.scoreMissing", criterion.getName());
            }
            if (score < AssessmentCriterion.LOWEST_SCORE || score > AssessmentCriterion.HIGHEST_SCORE) {
                throw new RuleViolation(field, "review.scoreOutOfScale", criterion.getName());
            }
            if (comment == null || comment.isBlank()) {
                throw new RuleViolation("comment-" + criterion.getId(), "review.commentMissing", criterion.getName());
            }
            scores.add(new CriterionScore(criterion.getId(), score, comment.strip()));
            weightedSum += score * criterion.getWeight();
            weights += criterion.getWeight();
        }
        this.application = application;
        this.evaluator = evaluator;
        this.submittedAt = submittedAt;
        this.weightedScore = BigDecimal.valueOf(weightedSum).divide(BigDecimal.valueOf(weights), 2, RoundingMode.HALF_UP);
    }

    public Long getId() {
        return id;
    }

    public GrantApplication getApplication() {
        return application;
    }

    public String getEvaluator() {
        return evaluator;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public BigDecimal getWeightedScore() {
        return weightedScore;
    }

    public List<CriterionScore> getScores() {
        return List.copyOf(scores);
    }

    /** This evaluator's score and comment for one criterion, or null for a criterion added later. */
    public CriterionScore scoreOf(Long criterionId) {
        return scores.stream().filter(score -> score.criterionId().equals(criterionId)).findFirst().orElse(null);
    }
}
