package org.anslag.learning;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.anslag.call.AssessmentCriterion;

/**
 * One evaluator's scores on one criterion next to the panel's: every score any evaluator gave that
 * criterion on the same applications, the evaluator's own included. A mean at least
 * {@link #SYSTEMATIC} above or below the panel's, over at least two applications, is flagged.
 */
public record CalibrationLine(String evaluator, String criterion, int count, double mean, List<Integer> histogram,
                             int panelCount, double panelMean, List<Integer> panelHistogram, Leaning leaning) {

    static final double SYSTEMATIC = 1.0;

    /** Which way an evaluator leans on a criterion, compared with the panel. */
    public enum Leaning { HIGH, LOW, IN_LINE }

    /** One score: who gave it, on which application, for which criterion (by name, so calls compare). */
    public record Score(String evaluator, Long applicationId, String criterion, int score) {
    }

    public double difference() {
        return mean - panelMean;
    }

    public static List<CalibrationLine> of(Collection<Score> scores) {
        Map<String, Map<String, List<Score>>> byEvaluator = scores.stream().collect(Collectors.groupingBy(Score::evaluator,
                Collectors.groupingBy(Score::criterion)));
        List<CalibrationLine> lines = new ArrayList<>();
        byEvaluator.forEach((evaluator, byCriterion) -> byCriterion.forEach((criterion, own) -> {
            Set<Long> applications = own.stream().map(Score::applicationId).collect(Collectors.toSet());
            List<Score> panel = scores.stream().filter(score -> score.criterion().equals(criterion)
                    && applications.contains(score.applicationId())).toList();
            double mean = mean(own);
            double panelMean = mean(panel);
            Leaning leaning = own.size() < 2 || Math.abs(mean - panelMean) < SYSTEMATIC - 1e-9 ? Leaning.IN_LINE
                    : mean > panelMean ? Leaning.HIGH : Leaning.LOW;
            lines.add(new CalibrationLine(evaluator, criterion, own.size(), mean, histogram(own), panel.size(), panelMean,
                    histogram(panel), leaning));
        }));
        lines.sort(Comparator.comparing(CalibrationLine::evaluator).thenComparing(CalibrationLine::criterion));
        return lines;
    }

    private static double mean(List<Score> scores) {
        return scores.stream().mapToInt(Score::score).average().orElse(0);
    }

    /** How many scores of each value, lowest first. */
    private static List<Integer> histogram(List<Score> scores) {
        List<Integer> counts = new ArrayList<>();
        for (int value = AssessmentCriterion.LOWEST_SCORE; value <= AssessmentCriterion.HIGHEST_SCORE; value++) {
            int score = value;
            counts.add((int) scores.stream().filter(one -> one.score() == score).count());
        }
        return counts;
    }
}
