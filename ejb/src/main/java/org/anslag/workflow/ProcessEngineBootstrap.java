package org.anslag.workflow;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorDefinition;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import javax.sql.DataSource;
import jakarta.transaction.TransactionManager;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.cdi.CdiJtaProcessEngineConfiguration;
import org.camunda.bpm.engine.cdi.impl.util.BeanManagerLookup;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;

/**
 * Starts the embedded Camunda engine on the server's datasource and JTA transaction manager,
 * so a business change and the process step it triggers commit or roll back together.
 * Deploys the models of the process-models module, creating a new version only when one changed.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@ManagedExecutorDefinition(name = ProcessEngineBootstrap.JOB_THREADS, maxAsync = 8)
public class ProcessEngineBootstrap {

    /**
     * The process engine's jobs run on threads of their own: jobs mostly wait for the database, so
     * more threads than cores pay off, and other asynchronous work cannot starve the jobs.
     */
    static final String JOB_THREADS = "java:app/concurrent/ProcessJobs";

    static final String[] MODELS = {"processes/grant-application.bpmn", "processes/eligibility.dmn",
        "processes/funding-call.bpmn", "processes/partner-confirmation.bpmn",
        "processes/change-request.bpmn", "processes/after-report.bpmn", "processes/retention.bpmn"};

    @Resource(lookup = "java:jboss/datasources/AnslagDS")
    DataSource dataSource;
    @Resource(lookup = "java:jboss/TransactionManager")
    TransactionManager transactionManager;
    @Resource(lookup = JOB_THREADS)
    ManagedExecutorService executor;
    @Resource
    ManagedThreadFactory threadFactory;
    @Inject
    BeanManager beanManager;

    private ProcessEngine engine;

    @PostConstruct
    void start() {
        // job threads resolve @Named beans in expressions through this bean manager
        BeanManagerLookup.localInstance = beanManager;
        CdiJtaProcessEngineConfiguration configuration = new CdiJtaProcessEngineConfiguration();
        configuration.setProcessEngineName("default");
        configuration.setDataSource(dataSource);
        configuration.setTransactionManager(transactionManager);
        configuration.setTransactionsExternallyManaged(true);
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        // audit keeps processes, steps, tasks and variables; the job log and variable details of
        // full history cost a fifth of the job throughput, and Anslag's audit log says who did what
        configuration.setHistory(ProcessEngineConfiguration.HISTORY_AUDIT);
        configuration.setIdGenerator(new StrongUuidGenerator());
        // history goes by the end of each instance and its definition's time to live, which the
        // retention rule PROCESS_HISTORY sets (org.anslag.retention), in a night window
        configuration.setHistoryCleanupStrategy("endTimeBased");
        configuration.setHistoryCleanupBatchWindowStartTime("03:00");
        configuration.setHistoryCleanupBatchWindowEndTime("05:00");
        configuration.setJobExecutorActivate(true);
        ManagedJobExecutor jobExecutor = new ManagedJobExecutor(executor, threadFactory);
        // timers fire within seconds of falling due (Camunda waits up to a minute when idle), and a
        // burst of due jobs, such as many review reminders at once, is taken in larger bites
        jobExecutor.setMaxWait(5_000);
        jobExecutor.setMaxJobsPerAcquisition(10);
        // in a cluster every node acquires from the same job table and locks what it takes; a dead
        // node's jobs run elsewhere once the lock expires. Anslag's jobs take milliseconds (a step
        // and an outbox row), so 60 s instead of Camunda's 5 min is still far above a job's run
        // time (a job outliving its lock could be taken twice; the loser's commit fails on the
        // job's revision) and lets a crashed node's jobs run within a minute.
        jobExecutor.setLockTimeInMillis(60_000);
        // the node's name as lock owner shows in ACT_RU_JOB which node holds a job
        jobExecutor.setLockOwner(System.getProperty("jboss.node.name", jobExecutor.getLockOwner()));
        configuration.setJobExecutor(jobExecutor);
        configuration.setJobExecutorDeploymentAware(false);
        configuration.setMetricsEnabled(false);
        // nodes that start at the same moment deploy the models once: each deployment first locks
        // a row of the shared database (ACT_GE_PROPERTY deployment.lock), then compares with the
        // latest version (Camunda's default, stated because the cluster relies on it)
        configuration.setDeploymentLockUsed(true);
        engine = configuration.buildProcessEngine();
        deployModels();
    }

    private void deployModels() {
        var deployment = engine.getRepositoryService().createDeployment()
                .name("anslag-process-models")
                .enableDuplicateFiltering(false);
        ClassLoader loader = ProcessEngineBootstrap.class.getClassLoader();
        for (String model : MODELS) {
            deployment.addInputStream(model, loader.getResourceAsStream(model));
        }
        deployment.deploy();
    }

    @PreDestroy
    void stop() {
        engine.close();
    }

    public ProcessEngine engine() {
        return engine;
    }
}
