package org.anslag.workflow;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
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

    /** An open step of a change request, for the task list. */
    public record WorkItem(String taskKey, Long requestId, String applicationNumber, Instant created) {
    }

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

    /** Steps offered to any of these groups (roles, "organisation:<id>"), oldest first. */
    public List<WorkItem> openTasks(List<String> candidateGroups) {
        if (candidateGroups.isEmpty()) {
            return List.of();
        }
        var tasks = bootstrap.engine().getTaskService().createTaskQuery().processDefinitionKey(KEY)
                .taskCandidateGroupIn(candidateGroups).list();
        Map<String, Task> byId = new LinkedHashMap<>();
        tasks.forEach(task -> byId.putIfAbsent(task.getId(), task));
        var runtime = bootstrap.engine().getRuntimeService();
        return byId.values().stream().flatMap(task -> {
            var instance = runtime.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId()).singleResult();
            if (instance == null) {
                return Stream.empty();
            }
            Object number = runtime.getVariable(instance.getId(), APPLICATION_NUMBER);
            return Stream.of(new WorkItem(task.getTaskDefinitionKey(), Long.valueOf(instance.getBusinessKey()),
                    String.valueOf(number), task.getCreateTime().toInstant()));
        }).sorted(java.util.Comparator.comparing(WorkItem::created)).toList();
    }

    private Optional<Task> open(Long requestId, String taskKey) {
        return bootstrap.engine().getTaskService().createTaskQuery().processDefinitionKey(KEY)
                .processInstanceBusinessKey(String.valueOf(requestId)).taskDefinitionKey(taskKey)
                .list().stream().findFirst();
    }
}
