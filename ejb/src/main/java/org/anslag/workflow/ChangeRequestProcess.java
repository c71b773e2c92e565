package org.anslag.workflow;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.anslag.shared.RuleViolation;
import org.camunda.bpm.engine.task.Task;

/** One change-request process per request (business key: the request's id). */
@Stateless
public class ChangeRequestProcess {

    public static final String KEY = "change-request";
    public static final String CONFIRM_PARTNER = "Task_ConfirmChangePartner";
    public static final String DECIDE_CHANGE = "Task_DecideChange";
    public static final String APPROVE_CHANGE = "Task_ApproveChange";
    static final String APPLICATION_NUMBER = "applicationNumber";

    @EJB
    ProcessEngineBootstrap bootstrap;

    /** A partner change waits for the new partner's users first; the others go to a manager at once. */
    public void start(Long requestId, String applicationNumber, Long newPartnerOrganisationId) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("requestId", requestId);
        variables.put(APPLICATION_NUMBER, applicationNumber);
        variables.put("needsPartner", newPartnerOrganisationId != null);
        if (newPartnerOrganisationId != null) {
            variables.put("partnerOrganisationId", newPartnerOrganisationId);
        }
        bootstrap.engine().getRuntimeService().startProcessInstanceByKey(KEY, String.valueOf(requestId), variables);
    }

    public boolean isWaitingAt(Long requestId, String taskKey) {
        return open(requestId, taskKey).isPresent();
    }

    /** Completes the open step; refuses when the process is not waiting there (e.g. decided already). */
    public void complete(Long requestId, String taskKey, Map<String, Object> variables) {
        Task task = open(requestId, taskKey).orElseThrow(() -> new RuleViolation("decision", "workflow.notWaiting"));
        bootstrap.engine().getTaskService().complete(task.getId(), variables);
    }

    private Optional<Task> open(Long requestId, String taskKey) {
        return bootstrap.engine().getTaskService().createTaskQuery().processDefinitionKey(KEY)
                .processInstanceBusinessKey(String.valueOf(requestId)).taskDefinitionKey(taskKey)
                .list().stream().findFirst();
    }
}
