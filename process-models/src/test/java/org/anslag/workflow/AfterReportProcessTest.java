package org.anslag.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@Deployment(resources = "processes/after-report.bpmn")
class AfterReportProcessTest {

    private static final long APPLICATION_ID = 77L;
    private static final long COORDINATOR = 2260L;
    private static final ZoneId ENGINE_ZONE = ZoneId.systemDefault();
    private static final LocalDateTime CLOSED = LocalDateTime.of(2027, 3, 15, 10, 0);

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder()
            .useProcessEngine(InMemoryProcessEngine.get())
            .build();

    private final AfterReportEvents events = new AfterReportEvents();

    @BeforeEach
    void registerEvents() {
        Mocks.register("afterReportEvents", events);
        moveClockTo(CLOSED);
    }

    @AfterEach
    void resetClockAndBeans() {
        ClockUtil.reset();
        Mocks.reset();
    }

    @Test
    void nothingIsAskedBeforeTwelveMonthsHavePassed() {
        ProcessInstance project = start();

        moveClockTo(CLOSED.plusMonths(12).minusDays(1));
        runDueJobs();

        assertThat(project).isWaitingAt("Timer_12Months", "Timer_24Months");
        assertThat(events.calls).isEmpty();
        assertThat(dueDateOf("Timer_12Months")).isEqualTo(at(CLOSED.plusMonths(12)));
    }

    @Test
    void twelveMonthsAfterClosingTheCoordinatorsUsersAreAskedAndMailed() {
        ProcessInstance project = start();

        moveClockTo(CLOSED.plusMonths(12));
        runDueJobs();

        assertThat(project).isWaitingAt("Task_AnswerAfterReport12", "Timer_24Months");
        assertThat(events.calls).containsExactly("sent:12");
        Task task = taskOf(project);
        assertThat(task.getName()).isEqualTo("Efterrapport 12 månader");
        assertThat(engine.getTaskService().createTaskQuery().taskCandidateGroup("organisation:" + COORDINATOR)
                .processInstanceId(project.getId()).count()).isEqualTo(1);
    }

    @Test
    void aReminderGoesOutAfterFourteenDaysAndTheTaskStays() {
        ProcessInstance project = start();
        moveClockTo(CLOSED.plusMonths(12));
        runDueJobs();

        moveClockTo(CLOSED.plusMonths(12).plusDays(14).minusMinutes(1));
        runDueJobs();
        assertThat(events.calls).containsExactly("sent:12");

        moveClockTo(CLOSED.plusMonths(12).plusDays(14));
        runDueJobs();

        assertThat(events.calls).containsExactly("sent:12", "reminded:12");
        assertThat(project).isWaitingAt("Task_AnswerAfterReport12", "Timer_24Months");
    }

    @Test
    void after30DaysWithoutAnswerTheRoundExpiresAndTheTaskCloses() {
        ProcessInstance project = start();
        moveClockTo(CLOSED.plusMonths(12));
        runDueJobs();

        moveClockTo(CLOSED.plusMonths(12).plusDays(30));
        runDueJobs();

        assertThat(events.calls).containsExactly("sent:12", "reminded:12", "expired:12");
        assertThat(project).hasPassed("Task_ExpireAfterReport12").isWaitingAt("Timer_24Months");
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(project.getId()).count()).isZero();
    }

    @Test
    void anAnswerEndsTheRoundWithoutReminderOrExpiry() {
        ProcessInstance project = start();
        moveClockTo(CLOSED.plusMonths(12));
        runDueJobs();

        engine.getTaskService().complete(taskOf(project).getId());
        moveClockTo(CLOSED.plusMonths(12).plusDays(31));
        runDueJobs();

        assertThat(events.calls).containsExactly("sent:12");
        assertThat(project).hasPassed("Task_AnswerAfterReport12").hasNotPassed("Task_ExpireAfterReport12")
                .isWaitingAt("Timer_24Months");
    }

    @Test
    void twentyFourMonthsAfterClosingTheSecondRoundRunsTheSameWayAndThenTheProcessEnds() {
        ProcessInstance project = start();
        moveClockTo(CLOSED.plusMonths(12));
        runDueJobs();
        engine.getTaskService().complete(taskOf(project).getId());

        assertThat(dueDateOf("Timer_24Months")).as("counted from the closing, not from the first answer")
                .isEqualTo(at(CLOSED.plusMonths(24)));
        moveClockTo(CLOSED.plusMonths(24));
        runDueJobs();
        assertThat(taskOf(project).getName()).isEqualTo("Efterrapport 24 månader");
        assertThat(events.calls).containsExactly("sent:12", "sent:24");

        moveClockTo(CLOSED.plusMonths(24).plusDays(14));
        runDueJobs();
        assertThat(events.calls).containsExactly("sent:12", "sent:24", "reminded:24");

        engine.getTaskService().complete(taskOf(project).getId());

        assertThat(project).hasPassed("Task_AnswerAfterReport24", "EndEvent_AfterReportsDone").isEnded();
    }

    @Test
    void aSecondRoundLeftUnansweredAlsoExpiresAndEndsTheProcess() {
        ProcessInstance project = start();
        for (LocalDateTime step : List.of(CLOSED.plusMonths(12), CLOSED.plusMonths(12).plusDays(30),
                CLOSED.plusMonths(24), CLOSED.plusMonths(24).plusDays(30))) {
            moveClockTo(step);
            runDueJobs();
        }

        assertThat(events.calls).containsExactly("sent:12", "reminded:12", "expired:12", "sent:24", "reminded:24", "expired:24");
        assertThat(project).isEnded();
    }

    private ProcessInstance start() {
        return engine.getRuntimeService().startProcessInstanceByKey("after-report", "IH-2026-0007/after-report",
                Map.of("applicationId", APPLICATION_ID, "coordinatorOrganisationId", COORDINATOR));
    }

    private Task taskOf(ProcessInstance project) {
        return engine.getTaskService().createTaskQuery().processInstanceId(project.getId()).singleResult();
    }

    private Date dueDateOf(String activityId) {
        return engine.getManagementService().createJobQuery().activityId(activityId).singleResult().getDuedate();
    }

    private static Date at(LocalDateTime time) {
        return Date.from(time.atZone(ENGINE_ZONE).toInstant());
    }

    private static void moveClockTo(LocalDateTime time) {
        ClockUtil.setCurrentTime(at(time));
    }

    /** Runs what is due, oldest first, until nothing is (a fired timer may leave new due jobs). */
    private void runDueJobs() {
        List<Job> due;
        while (!(due = engine.getManagementService().createJobQuery().executable().orderByJobDuedate().asc().list()).isEmpty()) {
            engine.getManagementService().executeJob(due.get(0).getId());
        }
    }

    /** Stands in for the application's {@code afterReportEvents} bean and records each call. */
    public static class AfterReportEvents {

        final List<String> calls = new ArrayList<>();

        public void questionnaireSent(Long applicationId, Integer months) {
            calls.add("sent:" + months);
        }

        public void reminder(Long applicationId, Integer months) {
            calls.add("reminded:" + months);
        }

        public void expired(Long applicationId, Integer months) {
            calls.add("expired:" + months);
        }
    }
}
