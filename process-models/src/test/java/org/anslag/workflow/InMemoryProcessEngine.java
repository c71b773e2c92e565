package org.anslag.workflow;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.test.mock.MockExpressionManager;

/**
 * One in-memory engine (H2) shared by the process tests: full history, no job executor (tests
 * run jobs themselves after moving the clock), and an expression manager that resolves beans
 * registered with {@link org.camunda.bpm.engine.test.mock.Mocks}.
 */
final class InMemoryProcessEngine {

    private static final ProcessEngine ENGINE = build();

    private InMemoryProcessEngine() {
    }

    static ProcessEngine get() {
        return ENGINE;
    }

    private static ProcessEngine build() {
        ProcessEngineConfigurationImpl configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setJdbcUrl("jdbc:h2:mem:anslag-process-models;DB_CLOSE_DELAY=-1");
        configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
        configuration.setJobExecutorActivate(false);
        configuration.setExpressionManager(new MockExpressionManager());
        return configuration.buildProcessEngine();
    }
}
