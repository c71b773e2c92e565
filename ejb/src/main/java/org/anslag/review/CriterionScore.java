package org.anslag.review;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** An evaluator's score (1–7) and comment for one criterion. */
@Embeddable
public record CriterionScore(@Column(name = "criterion_id") Long criterionId, int score, String comment) {
}
