package org.anslag.workflow;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;

/**
 * Runs jobs on the server's managed executor and acquires them on a managed thread, so job code
 * sees the application's naming, CDI and transaction context.
 */
class ManagedJobExecutor extends JobExecutor {

    private final ManagedExecutorService executor;
    private final ManagedThreadFactory threadFactory;

    ManagedJobExecutor(ManagedExecutorService executor, ManagedThreadFactory threadFactory) {
        this.executor = executor;
        this.threadFactory = threadFactory;
    }

    @Override
    protected void startExecutingJobs() {
        if (jobAcquisitionThread == null) {
            jobAcquisitionThread = threadFactory.newThread(acquireJobsRunnable);
            jobAcquisitionThread.start();
        }
    }

    @Override
    protected void stopExecutingJobs() {
        stopJobAcquisitionThread();
    }

    @Override
    public void executeJobs(List<String> jobIds, ProcessEngineImpl processEngine) {
        try {
            executor.execute(getExecuteJobsRunnable(jobIds, processEngine));
        } catch (RejectedExecutionException e) {
            logRejectedExecution(processEngine, jobIds.size());
            rejectedJobsHandler.jobsRejected(jobIds, processEngine, this);
        }
    }
}
