package org.anslag.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the embedded engine is registered, has its process definitions and runs its job executor. */
@Readiness
@ApplicationScoped
public class ProcessEngineHealth implements HealthCheck {

    @Override
    public HealthCheckResponse call() {
        ProcessEngine engine = ProcessEngines.getProcessEngine("default");
        if (engine == null) {
            return HealthCheckResponse.named("process-engine").down().withData("reason", "not started").build();
        }
        try {
            long definitions = engine.getRepositoryService().createProcessDefinitionQuery().count();
            boolean jobsRunning = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                    .getJobExecutor().isActive();
            return HealthCheckResponse.named("process-engine").status(definitions > 0 && jobsRunning)
                    .withData("processDefinitions", definitions).withData("jobExecutor", jobsRunning).build();
        } catch (RuntimeException e) {
            return HealthCheckResponse.named("process-engine").down().withData("error", e.getClass().getSimpleName()).build();
        }
    }
}
