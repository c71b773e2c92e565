package org.anslag.workflow;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.anslag.shared.RuleViolation;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;

/**
 * One after-report process per closed project (business key: the application number and
 * "/after-report", so it never answers a query for the application's own process). Its
 * timers, reminder and deadline live in after-report.bpmn; this class only starts it, completes a
 * round's task and tells what is open.
 */
@Stateless
public class AfterReportProcess {

    public static final String KEY = "after-report";
    static final String ANSWER_TASK = "Task_AnswerAfterReport";
    static final String OVERDUE_TIMER = "BoundaryEvent_AfterReport%dOverdue";
    static final String SUFFIX = "/after-report";

    @EJB
    ProcessEngineBootstrap bootstrap;

    /** Starts once per project, in the caller's transaction (the closing); a retried closing starts nothing more. */
    public void start(Long applicationId, String applicationNumber, Long coordinatorOrganisationId) {
        var runtime = bootstrap.engine().getRuntimeService();
        if (runtime.createProcessInstanceQuery().processDefinitionKey(KEY).processInstanceBusinessKey(businessKey(applicationNumber)).count() > 0) {
            return;
        }
        runtime.startProcessInstanceByKey(KEY, businessKey(applicationNumber),
                Map.of("applicationId", applicationId, "coordinatorOrganisationId", coordinatorOrganisationId));
    }

    public boolean isWaitingFor(String applicationNumber, int months) {
        return open(applicationNumber, months).isPresent();
    }

    /** Completes the round's task; refuses when it is not open (answered already, or expired). */
    public void complete(String applicationNumber, int months) {
        Task task = open(applicationNumber, months).orElseThrow(() -> new RuleViolation("answer", "afterReport.error.notOpen"));
        bootstrap.engine().getTaskService().complete(task.getId());
    }

    /** When the open round expires, as the process's deadline timer says. */
    public Optional<Instant> deadlineOf(String applicationNumber, int months) {
        return bootstrap.engine().getManagementService().createJobQuery().processDefinitionKey(KEY)
                .activityId(OVERDUE_TIMER.formatted(months)).list().stream()
                .filter(job -> businessKey(applicationNumber).equals(businessKeyOf(job)))
                .map(job -> job.getDuedate().toInstant()).findFirst();
    }

    private Optional<Task> open(String applicationNumber, int months) {
        return bootstrap.engine().getTaskService().createTaskQuery().processDefinitionKey(KEY)
                .processInstanceBusinessKey(businessKey(applicationNumber)).taskDefinitionKey(ANSWER_TASK + months)
                .list().stream().findFirst();
    }

    public static String businessKey(String applicationNumber) {
        return applicationNumber + SUFFIX;
    }

    static String applicationNumberOf(String businessKey) {
        return businessKey == null ? null : businessKey.substring(0, businessKey.length() - SUFFIX.length());
    }

    /** The round (months after closing) a round's task is for. */
    static int monthsOf(String taskKey) {
        return Integer.parseInt(taskKey.substring(ANSWER_TASK.length()));
    }

    private String businessKeyOf(Job job) {
        return businessKeyOfInstance(job.getProcessInstanceId());
    }

    private String businessKeyOfInstance(String processInstanceId) {
        var instance = bootstrap.engine().getRuntimeService().createProcessInstanceQuery()
                .processInstanceId(processInstanceId).singleResult();
        return instance == null ? null : instance.getBusinessKey();
    }
}
