package org.anslag.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class CalibrationLineTest {

    private static CalibrationLine.Score score(String evaluator, long application, int value) {
        return new CalibrationLine.Score(evaluator, application, "Nytta", value);
    }

    @Test
    void anEvaluatorScoringWellAboveThePanelOnTheSameApplicationsIsFlaggedHigh() {
        List<CalibrationLine> lines = CalibrationLine.of(List.of(
                score("lars", 1, 7), score("erik", 1, 5), score("karin", 1, 4),
                score("lars", 2, 6), score("erik", 2, 4), score("karin", 2, 3),
                score("karin", 3, 1)));

        CalibrationLine lars = lines.stream().filter(line -> line.evaluator().equals("lars")).findFirst().orElseThrow();
        assertThat(lars.count()).isEqualTo(2);
        assertThat(lars.mean()).isEqualTo(6.5);
        assertThat(lars.histogram()).containsExactly(0, 0, 0, 0, 0, 1, 1);
        assertThat(lars.panelCount()).isEqualTo(6);
        assertThat(lars.panelMean()).isCloseTo(4.83, within(0.01));
        assertThat(lars.difference()).isCloseTo(1.67, within(0.01));
        assertThat(lars.leaning()).isEqualTo(CalibrationLine.Leaning.HIGH);

        CalibrationLine erik = lines.stream().filter(line -> line.evaluator().equals("erik")).findFirst().orElseThrow();
        assertThat(erik.leaning()).isEqualTo(CalibrationLine.Leaning.IN_LINE);
        CalibrationLine karin = lines.stream().filter(line -> line.evaluator().equals("karin")).findFirst().orElseThrow();
        assertThat(karin.panelCount()).as("application 3 only karin scored: in her panel").isEqualTo(7);
    }

    @Test
    void oneFarOffScoreIsNotYetSystematic() {
        List<CalibrationLine> lines = CalibrationLine.of(List.of(score("lars", 1, 7), score("erik", 1, 2)));

        assertThat(lines).extracting(CalibrationLine::leaning).containsOnly(CalibrationLine.Leaning.IN_LINE);
    }
}
