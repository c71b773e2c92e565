package org.anslag.it.learning;

import org.anslag.it.support.Scenarios;
import org.anslag.workflow.AfterReportProcess;
import org.camunda.bpm.engine.runtime.Job;

/**
 * The after-report process's timers inside the server: a test runs one now, as the job executor
 * would on its day, instead of waiting 12 months.
 */
public final class AfterReportTimers {

    private AfterReportTimers() {
    }

    /** The waiting timer of this project's after-report at that element (e.g. Timer_12Months). */
    public static Job timer(Scenarios given, String number, String activityId) {
        var engine = given.bootstrap.engine();
        var instance = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(AfterReportProcess.KEY)
                .processInstanceBusinessKey(AfterReportProcess.businessKey(number)).singleResult();
        if (instance == null) {
            throw new AssertionError("no after-report runs for " + number);
        }
        Job job = engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).activityId(activityId).singleResult();
        if (job == null) {
            throw new AssertionError("the after-report of " + number + " waits at no " + activityId);
        }
        return job;
    }

    /** Runs the timer's job now, in its own transaction, as the job executor would. */
    public static void fire(Scenarios given, String number, String activityId) {
        given.bootstrap.engine().getManagementService().executeJob(timer(given, number, activityId).getId());
    }
}
