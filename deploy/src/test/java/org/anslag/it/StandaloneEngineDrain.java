package org.anslag.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.jobexecutor.DefaultJobExecutor;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

/**
 * The yardstick of the reminder drain: a Camunda engine of the same version in the bench's own JVM,
 * no WildFly, no JTA, no application, on a fresh database of its own on the same PostgreSQL
 * server, with its job executor tuned for a burst. It drains the same bare timers the server's
 * engine drains, timed the same way: from the first job run to the last.
 */
final class StandaloneEngineDrain {

    /** Tuning, each a system property of the bench's JVM (bench.standalone.*). */
    record Tuning(int threads, int queue, int jobsPerAcquisition, int waitMillis) {
        static Tuning fromSystemProperties() {
            return new Tuning(Integer.getInteger("bench.standalone.threads", 4),
                    Integer.getInteger("bench.standalone.queue", 16),
                    Integer.getInteger("bench.standalone.jobsPerAcquisition", 16),
                    Integer.getInteger("bench.standalone.waitMillis", 200));
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%d threads, queue %d, %d jobs per acquisition, idle wait %d ms",
                    threads, queue, jobsPerAcquisition, waitMillis);
        }
    }

    record Result(String database, Tuning tuning, int jobs, double secondsFromFirstJob) {
        double jobsPerSecond() {
            return jobs / secondsFromFirstJob;
        }
    }

    private final String serverUrl;
    private final String user;
    private final String password;
    private final String database;

    /** The engine's database is created beside the server's: same PostgreSQL, name {@code <server's>_engine}. */
    StandaloneEngineDrain(String serverUrl, String user, String password) {
        this.serverUrl = serverUrl;
        this.user = user;
        this.password = password;
        this.database = System.getProperty("bench.standalone.database", databaseOf(serverUrl) + "_engine");
    }

    Result drain(BpmnModelInstance bareTimer, String processKey, String timerId, int jobs, Duration patience) throws Exception {
        recreateDatabase();
        Tuning tuning = Tuning.fromSystemProperties();
        DefaultJobExecutor jobExecutor = new DefaultJobExecutor();
        jobExecutor.setCorePoolSize(tuning.threads());
        jobExecutor.setMaxPoolSize(tuning.threads());
        jobExecutor.setQueueSize(tuning.queue());
        jobExecutor.setMaxJobsPerAcquisition(tuning.jobsPerAcquisition());
        jobExecutor.setWaitTimeInMillis(tuning.waitMillis());
        jobExecutor.setMaxWait(1_000);
        StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
        configuration.setProcessEngineName("bench-standalone");
        configuration.setJdbcDriver("org.postgresql.Driver");
        configuration.setJdbcUrl(urlOf(database));
        configuration.setJdbcUsername(user);
        configuration.setJdbcPassword(password);
        // every job thread, the acquisition and the bench's polling hold a connection at once
        configuration.setJdbcMaxActiveConnections(tuning.threads() + 4);
        configuration.setJdbcMaxIdleConnections(tuning.threads() + 4);
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        // as the server's engine (ProcessEngineBootstrap): audit history, UUIDs, no metrics
        configuration.setHistory(ProcessEngineConfiguration.HISTORY_AUDIT);
        configuration.setIdGenerator(new StrongUuidGenerator());
        configuration.setMetricsEnabled(false);
        configuration.setJobExecutor(jobExecutor);
        // started only once every timer is due, so no job runs before the drain is timed
        configuration.setJobExecutorActivate(false);
        ProcessEngine engine = configuration.buildProcessEngine();
        try {
            engine.getRepositoryService().createDeployment().name(processKey)
                    .addModelInstance(processKey + ".bpmn", bareTimer).deploy();
            Date later = Date.from(Instant.now().plus(Duration.ofDays(30)));
            for (int i = 0; i < jobs; i++) {
                engine.getRuntimeService().startProcessInstanceByKey(processKey, Map.of("due", later));
            }
            ManagementService management = engine.getManagementService();
            List<Job> waiting = management.createJobQuery().activityId(timerId).list();
            if (waiting.size() != jobs) {
                throw new IllegalStateException(waiting.size() + " timers waiting on the standalone engine, not " + jobs);
            }
            Date now = new Date();
            for (Job job : waiting) {
                management.setJobDuedate(job.getId(), now);
            }
            jobExecutor.start();
            Instant started = Instant.now();
            Instant first = null;
            long left = jobs;
            while (left > 0 && Instant.now().isBefore(started.plus(patience))) {
                Thread.sleep(50);
                left = management.createJobQuery().activityId(timerId).count();
                if (first == null && left < jobs) {
                    first = Instant.now();
                }
            }
            if (left > 0) {
                throw new IllegalStateException(left + " timers left on the standalone engine after " + patience);
            }
            double seconds = Duration.between(first, Instant.now()).toMillis() / 1000.0;
            // counted, not assumed: every timer fired and its instance reached the end event
            int ended = (int) engine.getHistoryService().createHistoricProcessInstanceQuery()
                    .processDefinitionKey(processKey).finished().count();
            return new Result(database, tuning, ended, seconds);
        } finally {
            engine.close();
        }
    }

    /** A fresh database per run, so the engine's tables start as empty as the server's job table is. */
    private void recreateDatabase() throws SQLException {
        try (Connection connection = DriverManager.getConnection(serverUrl, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists " + database);
            statement.execute("create database " + database);
        }
    }

    private String urlOf(String name) {
        return serverUrl.substring(0, serverUrl.lastIndexOf('/') + 1) + name;
    }

    private static String databaseOf(String url) {
        String name = url.substring(url.lastIndexOf('/') + 1);
        int parameters = name.indexOf('?');
        return parameters < 0 ? name : name.substring(0, parameters);
    }
}
