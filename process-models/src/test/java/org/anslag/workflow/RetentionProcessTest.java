package org.anslag.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@Deployment(resources = "processes/retention.bpmn")
class RetentionProcessTest {

    /** Camunda reads a cron expression in the server's time zone. */
    private static final ZoneId SERVER = ZoneId.systemDefault();

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder()
            .useProcessEngine(InMemoryProcessEngine.get())
            .build();

    /** Stands in for the retentionEvents bean: who started each run. */
    public static class RecordingRetention {
        final List<String> runs = new ArrayList<>();

        public void apply(DelegateExecution execution) {
            Object startedBy = execution.getVariable("startedBy");
            runs.add(startedBy == null ? "nightly" : startedBy.toString());
        }
    }

    private final RecordingRetention retention = new RecordingRetention();

    @BeforeEach
    void register() {
        Mocks.register("retentionEvents", retention);
        ClockUtil.setCurrentTime(at(2026, 12, 1, 12, 0));
    }

    @AfterEach
    void reset() {
        ClockUtil.reset();
        Mocks.reset();
    }

    @Test
    void theRulesAreAppliedEveryNightAtHalfPastTwo() {
        Job nightly = engine.getManagementService().createJobQuery().timers().singleResult();
        assertThat(nightly.getDuedate()).isEqualTo(at(2026, 12, 2, 2, 30));

        ClockUtil.setCurrentTime(at(2026, 12, 2, 2, 31));
        engine.getManagementService().executeJob(nightly.getId());
        runAsyncJobs();

        assertThat(retention.runs).containsExactly("nightly");
        Job next = engine.getManagementService().createJobQuery().timers().singleResult();
        assertThat(next.getDuedate()).as("the next night's run waits").isEqualTo(at(2026, 12, 3, 2, 30));
    }

    @Test
    void anAdministratorStartsARunAtOnceAsAJobOfItsOwn() {
        engine.getRuntimeService().startProcessInstanceByMessage("retention-run-now", Map.of("startedBy", "adam"));
        assertThat(retention.runs).as("not in the administrator's request").isEmpty();

        runAsyncJobs();

        assertThat(retention.runs).containsExactly("adam");
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("retention").count()).isZero();
    }

    private void runAsyncJobs() {
        engine.getManagementService().createJobQuery().messages().list()
                .forEach(job -> engine.getManagementService().executeJob(job.getId()));
    }

    private static Date at(int year, int month, int day, int hour, int minute) {
        return Date.from(LocalDateTime.of(year, month, day, hour, minute).atZone(SERVER).toInstant());
    }
}
