package org.anslag.operations;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.anslag.audit.AuditLog;
import org.anslag.notification.OutboxMessage;
import org.anslag.notification.UndeliveredMail;
import org.anslag.shared.Actor;
import org.anslag.shared.Role;
import org.anslag.shared.RuleViolation;
import org.anslag.workflow.ProcessEngineBootstrap;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * What ADMIN needs when something got stuck: process instances by state, the engine's failed jobs
 * and the undelivered mail, with a retry for each. Every retry is audited.
 */
@Stateless
public class Operations {

    /** Anslag's own processes first, in this order; any other deployed process follows. */
    public static final List<String> PROCESSES = List.of("grant-application", "change-request", "after-report",
            "partner-confirmation", "funding-call", "retention");
    static final int LONGEST_NOTE = 500;

    @EJB
    ProcessEngineBootstrap bootstrap;
    @EJB
    UndeliveredMail outbox;
    @Inject
    AuditLog audit;
    @Inject
    Clock clock;

    public List<ProcessCount> processCounts(Actor actor) {
        actor.require(Role.ADMIN);
        RuntimeService runtime = bootstrap.engine().getRuntimeService();
        Set<String> keys = new LinkedHashSet<>(PROCESSES);
        bootstrap.engine().getRepositoryService().createProcessDefinitionQuery().latestVersion().list().stream()
                .map(ProcessDefinition::getKey).sorted().forEach(keys::add);
        List<ProcessCount> counts = new ArrayList<>();
        for (String key : keys) {
            counts.add(new ProcessCount(key,
                    runtime.createProcessInstanceQuery().processDefinitionKey(key).active().count(),
                    runtime.createProcessInstanceQuery().processDefinitionKey(key).suspended().count(),
                    runtime.createProcessInstanceQuery().processDefinitionKey(key).withIncident().count()));
        }
        return counts;
    }

    /** Jobs whose last run threw, those out of retries first, each with its application number. */
    public Page<FailedJob> failedJobs(Actor actor, int first, int size) {
        actor.require(Role.ADMIN);
        ManagementService management = bootstrap.engine().getManagementService();
        List<Job> jobs = management.createJobQuery().withException().orderByJobRetries().asc().orderByJobId().asc()
                .listPage(first, size);
        long total = management.createJobQuery().withException().count();
        if (jobs.isEmpty()) {
            return new Page<>(List.of(), total);
        }
        Map<String, String> businessKeys = businessKeys(jobs);
        List<FailedJob> rows = new ArrayList<>();
        for (Job job : jobs) {
            Incident incident = bootstrap.engine().getRuntimeService().createIncidentQuery()
                    .incidentType(Incident.FAILED_JOB_HANDLER_TYPE).configuration(job.getId()).singleResult();
            rows.add(new FailedJob(job.getId(), job.getProcessDefinitionKey(), businessKeys.get(job.getProcessInstanceId()),
                    job.getFailedActivityId(), job.getExceptionMessage(),
                    firstLine(management.getJobExceptionStacktrace(job.getId()), job.getExceptionMessage()), job.getRetries(),
                    incident == null ? null : incident.getIncidentTimestamp().toInstant(),
                    job.getRetries() > 0 ? instant(job.getDuedate()) : null));
        }
        return new Page<>(rows, total);
    }

    /**
     * Gives a job that ran out of retries one more, so the job executor runs it again. A job that
     * no longer waits (it ran, or someone retried it a moment ago) is refused, not retried twice.
     */
    public void retry(Actor actor, String jobId, String note) {
        actor.require(Role.ADMIN);
        String why = note == null ? "" : note.strip();
        if (why.isEmpty()) {
            throw new RuleViolation("note", "validation.required");
        }
        if (why.length() > LONGEST_NOTE) {
            throw new RuleViolation("note", "operations.noteTooLong", LONGEST_NOTE);
        }
        ManagementService management = bootstrap.engine().getManagementService();
        Job job = jobId == null ? null : management.createJobQuery().jobId(jobId).singleResult();
        if (job == null || job.getRetries() > 0) {
            throw new RuleViolation("job", "operations.jobNoLongerWaits");
        }
        try {
            management.setJobRetries(jobId, 1);
        } catch (OptimisticLockingException retriedAtTheSameTime) {
            throw new RuleViolation("job", "operations.jobNoLongerWaits");
        }
        String businessKey = businessKeys(List.of(job)).get(job.getProcessInstanceId());
        audit.record(actor.username(), "JOB_RETRIED", "job:" + jobId, job.getProcessDefinitionKey() + " "
                + (businessKey == null ? "-" : businessKey) + " at " + job.getFailedActivityId() + ": " + why);
    }

    public Page<UnsentMail> undeliveredMail(Actor actor, int first, int size) {
        actor.require(Role.ADMIN);
        Instant now = clock.instant();
        return new Page<>(outbox.page(first, size).stream().map(message -> UnsentMail.of(message, now)).toList(),
                outbox.count());
    }

    /** Makes an undelivered mail due now; its attempts so far stay on record. */
    public void sendAgain(Actor actor, long mailId) {
        actor.require(Role.ADMIN);
        OutboxMessage message = outbox.sendAgain(mailId);
        audit.record(actor.username(), "MAIL_SENT_AGAIN", "mail:" + mailId, message.getRecipient() + ", \""
                + message.getSubject() + "\", after " + message.getAttempts() + " attempts");
    }

    private Map<String, String> businessKeys(List<Job> jobs) {
        Set<String> instances = new HashSet<>();
        jobs.stream().map(Job::getProcessInstanceId).filter(id -> id != null).forEach(instances::add);
        if (instances.isEmpty()) {
            return Map.of();
        }
        return bootstrap.engine().getRuntimeService().createProcessInstanceQuery().processInstanceIds(instances).list()
                .stream().filter(instance -> instance.getBusinessKey() != null)
                .collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getBusinessKey));
    }

    /**
     * The stack trace's first line, usually the exception's class and the message again: the
     * message shown beside it is left out, so the class remains.
     */
    static String firstLine(String stacktrace, String message) {
        if (stacktrace == null) {
            return null;
        }
        String line = stacktrace.lines().findFirst().orElse("").strip();
        if (message != null && !message.isBlank() && line.endsWith(": " + message.strip())) {
            line = line.substring(0, line.length() - message.strip().length() - 2);
        }
        return line.length() <= 300 ? line : line.substring(0, 300) + "…";
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
