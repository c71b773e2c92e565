package org.anslag.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@Deployment(resources = "processes/change-request.bpmn")
class ChangeRequestProcessTest {

    private static final long LULEA = 2580L;

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder()
            .useProcessEngine(InMemoryProcessEngine.get())
            .build();

    @Test
    void aManagerApprovesAChangeBelowTheLimitAlone() {
        ProcessInstance request = start(41L, null);
        assertThat(task(request).getTaskDefinitionKey()).isEqualTo("Task_DecideChange");
        assertThat(engine.getTaskService().createTaskQuery().taskCandidateGroup("PROGRAMME_MANAGER")
                .processInstanceId(request.getId()).count()).isEqualTo(1);

        complete(request, Map.of("approved", true, "needsSecondApproval", false));

        assertThat(request).hasPassed("EndEvent_ChangeApproved").hasNotPassed("Task_ApproveChange").isEnded();
    }

    @Test
    void aboveTheLimitASecondManagerApproves() {
        ProcessInstance request = start(42L, null);
        complete(request, Map.of("approved", true, "needsSecondApproval", true));
        assertThat(task(request).getTaskDefinitionKey()).isEqualTo("Task_ApproveChange");

        complete(request, Map.of("approved", true));

        assertThat(request).hasPassed("Task_ApproveChange", "EndEvent_ChangeApproved").isEnded();
    }

    @Test
    void theSecondManagerMayRefuse() {
        ProcessInstance request = start(43L, null);
        complete(request, Map.of("approved", true, "needsSecondApproval", true));

        complete(request, Map.of("approved", false));

        assertThat(request).hasPassed("EndEvent_ChangeRefused").hasNotPassed("EndEvent_ChangeApproved").isEnded();
    }

    @Test
    void aRefusalEndsTheRequest() {
        ProcessInstance request = start(44L, null);

        complete(request, Map.of("approved", false, "needsSecondApproval", false));

        assertThat(request).hasPassed("EndEvent_ChangeRefused").isEnded();
    }

    @Test
    void aNewPartnersUsersConfirmBeforeAManagerDecides() {
        ProcessInstance request = start(45L, LULEA);
        Task confirm = task(request);
        assertThat(confirm.getTaskDefinitionKey()).isEqualTo("Task_ConfirmChangePartner");
        assertThat(engine.getTaskService().createTaskQuery().taskCandidateGroup("organisation:" + LULEA)
                .processInstanceId(request.getId()).count()).isEqualTo(1);
        assertThat(engine.getTaskService().createTaskQuery().taskCandidateGroup("PROGRAMME_MANAGER")
                .processInstanceId(request.getId()).count()).isZero();

        complete(request, Map.of("confirmed", true));

        assertThat(task(request).getTaskDefinitionKey()).isEqualTo("Task_DecideChange");
    }

    @Test
    void aPartnerWhoDeclinesEndsTheRequestWithoutADecision() {
        ProcessInstance request = start(46L, LULEA);

        complete(request, Map.of("confirmed", false));

        assertThat(request).hasPassed("EndEvent_PartnerDeclined").hasNotPassed("Task_DecideChange").isEnded();
    }

    private ProcessInstance start(Long requestId, Long newPartner) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("requestId", requestId);
        variables.put("applicationNumber", "IH-2026-0001");
        variables.put("needsPartner", newPartner != null);
        if (newPartner != null) {
            variables.put("partnerOrganisationId", newPartner);
        }
        return engine.getRuntimeService().startProcessInstanceByKey("change-request", String.valueOf(requestId), variables);
    }

    private Task task(ProcessInstance request) {
        return engine.getTaskService().createTaskQuery().processInstanceId(request.getId()).singleResult();
    }

    private void complete(ProcessInstance request, Map<String, Object> variables) {
        engine.getTaskService().complete(task(request).getId(), variables);
    }
}
