package org.anslag.workflow;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.anslag.shared.RuleViolation;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/**
 * The services' view of the grant-application process: start it, complete its user tasks and
 * correlate withdrawal. Runs in the caller's transaction.
 */
@Stateless
public class GrantApplicationProcess {

    public static final String KEY = "grant-application";
    /** Camunda's id suffix for the body around a multi-instance step; the drawing knows the step only. */
    private static final String MULTI_INSTANCE_BODY = "#multiInstanceBody";
    public static final String CHECK_ELIGIBILITY = "Task_CheckEligibility";
    public static final String ASSIGN_EVALUATORS = "Task_AssignEvaluators";
    public static final String DECLARE_CONFLICTS = "Task_DeclareConflicts";
    public static final String REPLACE_EVALUATOR = "Task_ReplaceEvaluator";
    public static final String REVIEW_APPLICATION = "Task_ReviewApplication";
    public static final String DECIDE_FUNDING = "Task_DecideFunding";
    public static final String APPROVE_DECISION = "Task_ApproveDecision";
    public static final String ACCEPT_AGREEMENT = "Task_AcceptAgreement";
    public static final String SUBMIT_PROGRESS_REPORT = "Task_SubmitProgressReport";
    public static final String ASSESS_PROGRESS_REPORT = "Task_AssessProgressReport";
    public static final String RELEASE_INSTALLMENT = "Task_ReleaseInstallment";
    public static final String SUBMIT_FINAL_REPORT = "Task_SubmitFinalReport";
    public static final String ASSESS_FINAL_REPORT = "Task_AssessFinalReport";
    /** Set by the final report's assessment: true approves it and closes the project, false sends it back. */
    public static final String FINAL_REPORT_APPROVED = "finalReportApproved";
    /** Set by the assessment: true approves the report, false sends it back for revision. */
    public static final String REPORT_APPROVED = "reportApproved";
    /** The period of the assessed report; its installment's release task keeps it as {@link #RELEASE_PERIOD}. */
    public static final String REPORT_PERIOD = "reportPeriod";
    static final String RELEASE_PERIOD = "releasePeriod";
    /** Set by the assessment: false when no installment waits for the report, so finance has nothing to release. */
    public static final String INSTALLMENT_AWAITS_REPORT = "installmentAwaitsReport";
    /** The variable naming, comma-separated, the evaluators the report assessment is offered to. */
    public static final String REPORT_ASSESSORS = "reportAssessors";
    static final String WITHDRAWAL_MESSAGE = "ApplicationWithdrawn";
    /** The timers of a period's report window: it opens, the coordinator is reminded, the report is overdue. */
    public static final String REPORT_WINDOW_OPENS = "TimerEvent_ReportWindowOpens";
    public static final String REPORT_DUE_SOON = "BoundaryEvent_ReportDueSoon";
    public static final String REPORT_OVERDUE = "BoundaryEvent_ProgressReportOverdue";

    @EJB
    ProcessEngineBootstrap bootstrap;

    public void start(String applicationNumber, Map<String, Object> variables) {
        bootstrap.engine().getRuntimeService()
                .startProcessInstanceByKey(KEY, applicationNumber, variables);
    }

    public boolean isWaitingAt(String applicationNumber, String taskKey) {
        return find(applicationNumber, taskKey, null).isPresent();
    }

    public boolean isWaitingFor(String applicationNumber, String taskKey, String assignee) {
        return find(applicationNumber, taskKey, assignee).isPresent();
    }

    /** Completes the open task; refuses when the process is not waiting there (e.g. already done). */
    public void complete(String applicationNumber, String taskKey, String assignee, Map<String, Object> variables) {
        Task task = find(applicationNumber, taskKey, assignee)
                .orElseThrow(() -> new RuleViolation("task", "workflow.notWaiting"));
        bootstrap.engine().getTaskService().complete(task.getId(), variables);
    }

    /**
     * True when the user has, or had, this application to score: only after declaring no conflict
     * of interest does an evaluator get that task, and with it the application's content.
     */
    public boolean wasAssignedTo(String applicationNumber, String username) {
        return bootstrap.engine().getHistoryService().createHistoricTaskInstanceQuery()
                .processDefinitionKey(KEY).processInstanceBusinessKey(applicationNumber)
                .taskDefinitionKey(REVIEW_APPLICATION).taskAssignee(username).count() > 0;
    }

    /** How many declarations and reviews each evaluator has open, over all applications. */
    public Map<String, Long> openReviewsByEvaluator() {
        return bootstrap.engine().getTaskService().createTaskQuery().processDefinitionKey(KEY)
                .taskDefinitionKeyIn(DECLARE_CONFLICTS, REVIEW_APPLICATION).list().stream()
                .filter(task -> task.getAssignee() != null)
                .collect(Collectors.groupingBy(Task::getAssignee, Collectors.counting()));
    }

    /** The evaluators whose conflict of interest waits for a replacement, in this application. */
    public List<String> evaluatorsToReplace(String applicationNumber) {
        var tasks = bootstrap.engine().getTaskService();
        return tasks.createTaskQuery().processDefinitionKey(KEY).processInstanceBusinessKey(applicationNumber)
                .taskDefinitionKey(REPLACE_EVALUATOR).list().stream()
                .map(task -> (String) tasks.getVariable(task.getId(), "evaluator")).toList();
    }

    /** Names the replacement for an evaluator who declared a conflict; they declare in turn. */
    public void replaceEvaluator(String applicationNumber, String conflicted, String replacement) {
        var tasks = bootstrap.engine().getTaskService();
        Task task = tasks.createTaskQuery().processDefinitionKey(KEY).processInstanceBusinessKey(applicationNumber)
                .taskDefinitionKey(REPLACE_EVALUATOR).list().stream()
                .filter(open -> conflicted.equals(tasks.getVariable(open.getId(), "evaluator"))).findFirst()
                .orElseThrow(() -> new RuleViolation("replacement", "workflow.notWaiting"));
        tasks.complete(task.getId(), Map.of("evaluator", replacement));
    }

    /** Offers the open task, if the process waits there, to exactly these users and no group. */
    public void offer(String applicationNumber, String taskKey, List<String> users) {
        var tasks = bootstrap.engine().getTaskService();
        find(applicationNumber, taskKey, null).ifPresent(task -> {
            tasks.getIdentityLinksForTask(task.getId()).stream()
                    .filter(link -> org.camunda.bpm.engine.task.IdentityLinkType.CANDIDATE.equals(link.getType()))
                    .forEach(link -> {
                        if (link.getUserId() != null) {
                            tasks.deleteCandidateUser(task.getId(), link.getUserId());
                        } else {
                            tasks.deleteCandidateGroup(task.getId(), link.getGroupId());
                        }
                    });
            users.forEach(user -> tasks.addCandidateUser(task.getId(), user));
        });
    }

    /** The reporting periods whose approved report waits for finance to release its installment. */
    public Set<Integer> periodsAwaitingRelease(String applicationNumber) {
        var tasks = bootstrap.engine().getTaskService();
        return tasks.createTaskQuery().processDefinitionKey(KEY).processInstanceBusinessKey(applicationNumber)
                .taskDefinitionKey(RELEASE_INSTALLMENT).list().stream()
                .map(task -> (Integer) tasks.getVariableLocal(task.getId(), RELEASE_PERIOD))
                .collect(Collectors.toSet());
    }

    /** Completes the release of the installment that waits for this period's report; refuses when none waits. */
    public void releaseInstallment(String applicationNumber, int period) {
        var tasks = bootstrap.engine().getTaskService();
        Task task = tasks.createTaskQuery().processDefinitionKey(KEY).processInstanceBusinessKey(applicationNumber)
                .taskDefinitionKey(RELEASE_INSTALLMENT).taskVariableValueEquals(RELEASE_PERIOD, period).list().stream()
                .findFirst().orElseThrow(() -> new RuleViolation("installment", "payment.reportNotApproved", period));
        tasks.complete(task.getId());
    }

    /** True while the application's next report waits for its window to open. */
    public boolean isWaitingForReportWindow(String applicationNumber) {
        return bootstrap.engine().getRuntimeService().createExecutionQuery().processDefinitionKey(KEY)
                .processInstanceBusinessKey(applicationNumber).activityId(REPORT_WINDOW_OPENS).count() > 0;
    }

    /**
     * Gives the running process new window variables and moves its waiting timers to the new
     * instants (by the timer's activity id); a timer that already fired stays fired.
     */
    public void retime(String applicationNumber, Map<String, Object> variables, Map<String, Instant> timers) {
        var engine = bootstrap.engine();
        var instance = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(KEY)
                .processInstanceBusinessKey(applicationNumber).singleResult();
        if (instance == null) {
            return;
        }
        engine.getRuntimeService().setVariables(instance.getId(), variables);
        var management = engine.getManagementService();
        timers.forEach((activityId, at) -> management.createJobQuery().processInstanceId(instance.getId())
                .activityId(activityId).list()
                .forEach(job -> management.setJobDuedate(job.getId(), java.util.Date.from(at))));
    }

    public void withdraw(String applicationNumber) {
        bootstrap.engine().getRuntimeService().createMessageCorrelation(WITHDRAWAL_MESSAGE)
                .processInstanceBusinessKey(applicationNumber)
                .correlateAll();
    }

    /** The model an application's process runs on, and which of its steps are active now and done. */
    public record Picture(String bpmnXml, List<String> active, List<String> completed) {
    }

    /** Empty for an application whose process has not started (a draft). */
    public Optional<Picture> picture(String applicationNumber) {
        var engine = bootstrap.engine();
        var instance = engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(KEY)
                .processInstanceBusinessKey(applicationNumber).singleResult();
        if (instance == null) {
            return Optional.empty();
        }
        String xml;
        try (var model = engine.getRepositoryService().getProcessModel(instance.getProcessDefinitionId())) {
            xml = new String(model.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        var tree = instance.getEndTime() != null ? null : engine.getRuntimeService().getActivityInstance(instance.getId());
        List<String> active = tree == null ? List.of() : activeSteps(tree);
        List<String> completed = engine.getHistoryService().createHistoricActivityInstanceQuery()
                .processInstanceId(instance.getId()).finished().list().stream()
                .map(step -> step.getActivityId().replace(MULTI_INSTANCE_BODY, "")).distinct().toList();
        return Optional.of(new Picture(xml, active, completed));
    }

    /**
     * Every active step, the subprocesses around it included, so that the review shows as active on
     * the main diagram while its inner step (declaring, scoring) is marked on the drill-down.
     */
    private static List<String> activeSteps(org.camunda.bpm.engine.runtime.ActivityInstance root) {
        List<String> steps = new java.util.ArrayList<>();
        java.util.Deque<org.camunda.bpm.engine.runtime.ActivityInstance> open =
                new java.util.ArrayDeque<>(List.of(root.getChildActivityInstances()));
        while (!open.isEmpty()) {
            var next = open.pop();
            steps.add(next.getActivityId().replace(MULTI_INSTANCE_BODY, ""));
            open.addAll(List.of(next.getChildActivityInstances()));
        }
        return steps.stream().distinct().toList();
    }

    /** The steps each of these applications waits at, in one query (for lists of applications). */
    public Map<String, List<String>> currentStepsOf(java.util.Collection<String> applicationNumbers) {
        if (applicationNumbers.isEmpty()) {
            return Map.of();
        }
        var tasks = bootstrap.engine().getTaskService().createTaskQuery().processDefinitionKey(KEY)
                .processInstanceBusinessKeyIn(applicationNumbers.toArray(String[]::new)).list();
        Map<String, String> businessKeys = businessKeysOf(tasks);
        return tasks.stream().collect(Collectors.groupingBy(task -> businessKeys.get(task.getProcessInstanceId()),
                Collectors.mapping(Task::getTaskDefinitionKey, Collectors.collectingAndThen(Collectors.toList(),
                        keys -> keys.stream().distinct().toList()))));
    }

    private Map<String, String> businessKeysOf(List<Task> tasks) {
        if (tasks.isEmpty()) {
            return Map.of();
        }
        Set<String> instanceIds = tasks.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet());
        return bootstrap.engine().getRuntimeService().createProcessInstanceQuery()
                .processInstanceIds(instanceIds).list().stream()
                .collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getBusinessKey));
    }

    /** Names of the steps the process waits at now, for showing where an application stands. */
    public List<String> currentSteps(String applicationNumber) {
        return bootstrap.engine().getTaskService().createTaskQuery()
                .processInstanceBusinessKey(applicationNumber).list().stream()
                .map(Task::getTaskDefinitionKey).distinct().toList();
    }

    public Optional<Object> variable(String applicationNumber, String name) {
        var instance = bootstrap.engine().getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(KEY).processInstanceBusinessKey(applicationNumber).singleResult();
        return instance == null ? Optional.empty()
                : Optional.ofNullable(bootstrap.engine().getRuntimeService().getVariable(instance.getId(), name));
    }

    private Optional<Task> find(String applicationNumber, String taskKey, String assignee) {
        var query = bootstrap.engine().getTaskService().createTaskQuery()
                .processDefinitionKey(KEY)
                .processInstanceBusinessKey(applicationNumber)
                .taskDefinitionKey(taskKey);
        if (assignee != null) {
            query.taskAssignee(assignee);
        }
        return query.list().stream().findFirst();
    }
}
