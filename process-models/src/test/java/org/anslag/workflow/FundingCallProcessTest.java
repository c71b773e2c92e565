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
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@Deployment(resources = "processes/funding-call.bpmn")
class FundingCallProcessTest {

    private static final long CALL_ID = 7L;
    private static final Date PUBLISHED = at(2026, 2, 1, 10);
    private static final Date OPENS = at(2026, 3, 1, 8);
    private static final Date CLOSES = at(2026, 4, 15, 15);

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder()
            .useProcessEngine(InMemoryProcessEngine.get())
            .build();

    /** Stands in for the fundingCallEvents bean. */
    public static class RecordingCallEvents {
        final List<String> calls = new ArrayList<>();

        public void opened(Long callId) {
            calls.add("opened " + callId);
        }

        public void closed(Long callId) {
            calls.add("closed " + callId);
        }
    }

    private final RecordingCallEvents events = new RecordingCallEvents();

    @BeforeEach
    void register() {
        Mocks.register("fundingCallEvents", events);
        ClockUtil.setCurrentTime(PUBLISHED);
    }

    @AfterEach
    void reset() {
        ClockUtil.reset();
        Mocks.reset();
    }

    @Test
    void aPublishedCallWaitsForItsOpeningTimeThenOpensAndClosesAtItsInstants() {
        ProcessInstance call = publish();
        assertThat(call).isWaitingAt("Timer_Opens");
        assertThat(timer(call).getDuedate()).isEqualTo(OPENS);

        runTimerAt(call, OPENS);
        assertThat(events.calls).containsExactly("opened " + CALL_ID);
        assertThat(call).isWaitingAt("Timer_Closes");
        assertThat(timer(call).getDuedate()).isEqualTo(CLOSES);

        runTimerAt(call, CLOSES);
        assertThat(events.calls).containsExactly("opened " + CALL_ID, "closed " + CALL_ID);
        assertThat(call).hasPassed("EndEvent_CallClosed").isEnded();
    }

    @Test
    void aCallPublishedAfterItsOpeningTimeOpensAtOnce() {
        ClockUtil.setCurrentTime(at(2026, 3, 2, 9));
        ProcessInstance call = publish();

        assertThat(timer(call).getDuedate()).isEqualTo(OPENS);
        engine.getManagementService().executeJob(timer(call).getId());
        assertThat(events.calls).containsExactly("opened " + CALL_ID);
        assertThat(call).isWaitingAt("Timer_Closes");
    }

    private ProcessInstance publish() {
        return engine.getRuntimeService().startProcessInstanceByKey("funding-call", "call:" + CALL_ID,
                Map.of("callId", CALL_ID, "opensAt", OPENS, "closesAt", CLOSES));
    }

    private Job timer(ProcessInstance call) {
        return engine.getManagementService().createJobQuery().processInstanceId(call.getId()).timers().singleResult();
    }

    private void runTimerAt(ProcessInstance call, Date when) {
        ClockUtil.setCurrentTime(when);
        Job due = engine.getManagementService().createJobQuery().processInstanceId(call.getId())
                .timers().duedateLowerThan(new Date(when.getTime() + 1)).singleResult();
        assertThat(due).as("a timer due at " + when).isNotNull();
        engine.getManagementService().executeJob(due.getId());
    }

    private static Date at(int year, int month, int day, int hour) {
        return Date.from(LocalDateTime.of(year, month, day, hour, 0).atZone(ZoneId.of("Europe/Stockholm")).toInstant());
    }
}
