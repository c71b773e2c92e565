package org.anslag.review;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import org.anslag.application.GrantApplication;
import org.anslag.shared.RuleViolation;

/**
 * The manager's consolidated score (on the call's 1–7 scale) and statement over all reviews of an
 * application. The ranking orders by it; the decision letter quotes the statement.
 */
@Entity
public class Consolidation {

    static final BigDecimal LOWEST = BigDecimal.ONE;
    static final BigDecimal HIGHEST = new BigDecimal("7");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @OneToOne
    @JoinColumn(name = "application_id")
    private GrantApplication application;
    private BigDecimal score;
    private String statement;
    private String consolidatedBy;
    private Instant consolidatedAt;
    @Version
    private long version;

    protected Consolidation() {
    }

    Consolidation(GrantApplication application) {
        this.application = application;
    }

    /** The mean of the evaluators' weighted scores, two decimals: what the manager starts from. */
    public static BigDecimal meanOf(List<Review> reviews) {
        return mean(reviews.stream().map(Review::getWeightedScore).toList());
    }

    /** The mean of the reviews' weighted scores to two decimals; null when there is none. */
    public static BigDecimal mean(List<BigDecimal> weightedScores) {
        if (weightedScores.isEmpty()) {
            return null;
        }
        return weightedScores.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(weightedScores.size()), 2, RoundingMode.HALF_UP);
    }

    void write(BigDecimal newScore, String newStatement, String by, Instant at) {
        if (newScore == null) {
            throw new RuleViolation("score", "validation.required");
        }
        if (newScore.compareTo(LOWEST) < 0 || newScore.compareTo(HIGHEST) > 0) {
            throw new RuleViolation("score", "consolidation.scoreOutOfScale");
        }
        if (newStatement == null || newStatement.isBlank()) {
            throw new RuleViolation("statement", "validation.required");
        }
        this.score = newScore.setScale(2, RoundingMode.HALF_UP);
        this.statement = newStatement.strip();
        this.consolidatedBy = by;
        this.consolidatedAt = at;
    }

    public GrantApplication getApplication() {
        return application;
    }

    public BigDecimal getScore() {
        return score;
    }

    public String getStatement() {
        return statement;
    }

    public String getConsolidatedBy() {
        return consolidatedBy;
    }

    public Instant getConsolidatedAt() {
        return consolidatedAt;
    }

    public long getVersion() {
        return version;
    }
}
