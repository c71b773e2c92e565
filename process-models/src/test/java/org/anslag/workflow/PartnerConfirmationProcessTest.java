package org.anslag.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@Deployment(resources = "processes/partner-confirmation.bpmn")
class PartnerConfirmationProcessTest {

    private static final long APPLICATION_ID = 42L;
    private static final long TIMRA = 2262L;
    private static final Date INVITED = at(2026, 3, 2, 9);
    private static final Date RESPOND_BY = at(2026, 3, 16, 9);

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder()
            .useProcessEngine(InMemoryProcessEngine.get())
            .build();

    /** Stands in for the partnerProcessEvents bean. */
    public static class RecordingPartnerEvents {
        final List<String> lapsed = new ArrayList<>();

        public void requestLapsed(Long applicationId, Long organisationId) {
            lapsed.add(applicationId + ":" + organisationId);
        }
    }

    private final RecordingPartnerEvents events = new RecordingPartnerEvents();

    @BeforeEach
    void register() {
        Mocks.register("partnerProcessEvents", events);
        ClockUtil.setCurrentTime(INVITED);
    }

    @AfterEach
    void reset() {
        ClockUtil.reset();
        Mocks.reset();
    }

    @Test
    void thePartnersUsersAreAskedWithTheDeadlineAsDueDate() {
        ProcessInstance request = invite();

        Task task = engine.getTaskService().createTaskQuery().processInstanceId(request.getId()).singleResult();
        assertThat(task.getTaskDefinitionKey()).isEqualTo("Task_ConfirmPartnership");
        assertThat(task.getDueDate()).isEqualTo(RESPOND_BY);
        assertThat(engine.getTaskService().createTaskQuery().taskCandidateGroup("organisation:" + TIMRA).count())
                .isEqualTo(1);
        assertThat(engine.getTaskService().createTaskQuery().taskCandidateGroup("organisation:2281").count())
                .isZero();
    }

    @Test
    void anAnswerEndsTheRequestAndCancelsItsDeadline() {
        ProcessInstance request = invite();
        Task task = engine.getTaskService().createTaskQuery().processInstanceId(request.getId()).singleResult();

        engine.getTaskService().complete(task.getId(), Map.of("confirmed", true));

        assertThat(request).hasPassed("EndEvent_Answered").isEnded();
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(request.getId()).count()).isZero();
        assertThat(events.lapsed).isEmpty();
    }

    @Test
    void withoutAnAnswerTheRequestLapsesAtItsDeadline() {
        ProcessInstance request = invite();
        Job deadline = engine.getManagementService().createJobQuery().processInstanceId(request.getId())
                .timers().singleResult();
        assertThat(deadline.getDuedate()).isEqualTo(RESPOND_BY);

        ClockUtil.setCurrentTime(RESPOND_BY);
        engine.getManagementService().executeJob(deadline.getId());

        assertThat(events.lapsed).containsExactly(APPLICATION_ID + ":" + TIMRA);
        assertThat(request).hasPassed("EndEvent_Lapsed").hasNotPassed("EndEvent_Answered").isEnded();
    }

    private ProcessInstance invite() {
        return engine.getRuntimeService().startProcessInstanceByKey("partner-confirmation",
                "IH-2026-0001:" + TIMRA,
                Map.of("applicationId", APPLICATION_ID, "partnerOrganisationId", TIMRA, "respondBy", RESPOND_BY));
    }

    private static Date at(int year, int month, int day, int hour) {
        return Date.from(LocalDateTime.of(year, month, day, hour, 0).atZone(ZoneId.of("Europe/Stockholm")).toInstant());
    }
}
