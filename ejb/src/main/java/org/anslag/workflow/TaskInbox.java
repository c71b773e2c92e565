package org.anslag.workflow;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.anslag.shared.Actor;
import org.anslag.shared.Role;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;

/**
 * The open tasks one user may work on, over the grant-application, change-request and
 * after-report processes, one page at a time, newest first (what just arrived is on the first
 * page). The engine selects, counts and pages them by candidate group, candidate user, assignee
 * and business key, so a manager's page costs the same with ten tasks or a country's deadline day,
 * and an applicant's never reads other organisations' tasks.
 */
@Stateless
public class TaskInbox {

    /** Whose tasks: staff by role groups and user name; an applicant by the organisation's cases. */
    public record Owner(List<String> roleGroups, String username, Long organisationId,
                        Collection<String> coordinatedApplications) {

        /** An applicant's tasks are their organisation's (it coordinates these cases); staff's are their roles' and their own. */
        public static Owner of(Actor actor, Collection<String> coordinatedApplications) {
            if (actor.has(Role.APPLICANT) && actor.organisationId() != null) {
                return new Owner(List.of(), null, actor.organisationId(), coordinatedApplications);
            }
            return new Owner(actor.roles().stream().map(Role::name).toList(), actor.username(), null, List.of());
        }

        boolean isApplicant() {
            return organisationId != null;
        }
    }

    /**
     * One open task: a change request's step carries its request, an after-report's its round
     * (months after closing); the others open by application number.
     */
    public record Entry(String taskKey, String applicationNumber, Long changeRequest, Integer afterReportMonths,
                        Instant created) implements java.io.Serializable {
    }

    public record Page(List<Entry> entries, long total) {
    }

    static final String APPLICANT_GROUP = "APPLICANT";

    @EJB
    ProcessEngineBootstrap bootstrap;

    public Page page(Owner owner, int first, int size) {
        if (owner.isApplicant()) {
            return applicantPage(owner, first, size);
        }
        if (owner.roleGroups().isEmpty() && owner.username() == null) {
            return new Page(List.of(), 0);
        }
        TaskQuery query = staffTasks(owner);
        long total = query.count();
        List<Task> tasks = total == 0 ? List.of() : staffTasks(owner).orderByTaskCreateTime().desc()
                .orderByTaskId().desc().listPage(first, size);
        return new Page(entries(tasks), total);
    }

    /**
     * A group's unassigned tasks, the user's own and those offered to the user by name: Camunda's
     * candidate queries leave out claimed tasks, as the task list always has.
     */
    private TaskQuery staffTasks(Owner owner) {
        TaskQuery query = bootstrap.engine().getTaskService().createTaskQuery()
                .processDefinitionKeyIn(GrantApplicationProcess.KEY, ChangeRequestProcess.KEY).or();
        if (!owner.roleGroups().isEmpty()) {
            query.taskCandidateGroupIn(owner.roleGroups());
        }
        if (owner.username() != null) {
            query.taskAssignee(owner.username()).taskCandidateUser(owner.username());
        }
        return query.endOr();
    }

    /**
     * An organisation has tens of cases, not thousands: its tasks are read whole, by the cases it
     * coordinates and by its own group (change-request partners, after-reports), and paged here.
     */
    private Page applicantPage(Owner owner, int first, int size) {
        var service = bootstrap.engine().getTaskService();
        List<Task> tasks = new ArrayList<>();
        if (!owner.coordinatedApplications().isEmpty()) {
            tasks.addAll(service.createTaskQuery().processDefinitionKey(GrantApplicationProcess.KEY)
                    .taskCandidateGroup(APPLICANT_GROUP)
                    .processInstanceBusinessKeyIn(owner.coordinatedApplications().toArray(String[]::new)).list());
        }
        tasks.addAll(service.createTaskQuery().processDefinitionKeyIn(ChangeRequestProcess.KEY, AfterReportProcess.KEY)
                .taskCandidateGroup("organisation:" + owner.organisationId()).list());
        tasks.sort(Comparator.comparing(Task::getCreateTime).thenComparing(Task::getId).reversed());
        List<Task> page = tasks.subList(Math.min(first, tasks.size()), Math.min(first + size, tasks.size()));
        return new Page(entries(page), tasks.size());
    }

    /** The page's tasks with what opens them: one query for their instances, none per grant task. */
    private List<Entry> entries(List<Task> tasks) {
        if (tasks.isEmpty()) {
            return List.of();
        }
        ProcessEngine engine = bootstrap.engine();
        Set<String> instanceIds = tasks.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet());
        Map<String, ProcessInstance> instances = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceIds(instanceIds).list().stream()
                .collect(Collectors.toMap(ProcessInstance::getId, Function.identity()));
        List<Entry> entries = new ArrayList<>();
        for (Task task : tasks) {
            ProcessInstance instance = instances.get(task.getProcessInstanceId());
            if (instance == null) {
                continue; // ended between the two queries
            }
            String businessKey = instance.getBusinessKey();
            Instant created = task.getCreateTime().toInstant();
            String definition = task.getProcessDefinitionId();
            if (definition.startsWith(ChangeRequestProcess.KEY + ":")) {
                Object number = engine.getRuntimeService().getVariable(instance.getId(), ChangeRequestProcess.APPLICATION_NUMBER);
                entries.add(new Entry(task.getTaskDefinitionKey(), String.valueOf(number), Long.valueOf(businessKey), null, created));
            } else if (definition.startsWith(AfterReportProcess.KEY + ":")) {
                entries.add(new Entry(task.getTaskDefinitionKey(), AfterReportProcess.applicationNumberOf(businessKey), null,
                        AfterReportProcess.monthsOf(task.getTaskDefinitionKey()), created));
            } else {
                entries.add(new Entry(task.getTaskDefinitionKey(), businessKey, null, null, created));
            }
        }
        return entries;
    }
}
