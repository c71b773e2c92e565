package org.anslag.web.shared;

import jakarta.ejb.EJB;
import org.anslag.workflow.ProcessEngineBootstrap;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the engine answers a query and its job executor runs. */
@Readiness
@ApplicationScoped
public class ProcessEngineHealth implements HealthCheck {

    @EJB
    ProcessEngineBootstrap bootstrap;

    @Override
    public HealthCheckResponse call() {
        try {
            var engine = bootstrap.engine();
            long definitions = engine.getRepositoryService().createProcessDefinitionQuery().count();
            boolean jobsRunning = ((org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl)
                    engine.getProcessEngineConfiguration()).getJobExecutor().isActive();
            return HealthCheckResponse.named("process-engine").status(definitions > 0 && jobsRunning)
                    .withData("processDefinitions", definitions).withData("jobExecutor", jobsRunning).build();
        } catch (RuntimeException e) {
            return HealthCheckResponse.named("process-engine").down().withData("error", e.getClass().getSimpleName()).build();
        }
    }
}
