package org.anslag.operations;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The page shows a failed job's message and the first line of its stack trace, without the message twice. */
class OperationsTest {

    private static final String MESSAGE = "Unknown property used in expression: ${missing.run()}";

    @Test
    void theFirstLineKeepsTheExceptionsClassWhenItRepeatsTheMessage() {
        String trace = "org.camunda.bpm.engine.ProcessEngineException: " + MESSAGE + "\n\tat org.camunda.Some.line(Some.java:1)";

        assertThat(Operations.firstLine(trace, MESSAGE)).isEqualTo("org.camunda.bpm.engine.ProcessEngineException");
    }

    @Test
    void aFirstLineThatSaysSomethingElseStaysWholeAndLongOnesAreCut() {
        assertThat(Operations.firstLine("java.lang.IllegalStateException: other\n\tat x", MESSAGE))
                .isEqualTo("java.lang.IllegalStateException: other");
        assertThat(Operations.firstLine("x".repeat(400), null)).hasSize(301).endsWith("…");
        assertThat(Operations.firstLine(null, MESSAGE)).isNull();
    }
}
