package org.anslag.workflow;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/** Starts a published call's process and keeps its timers on the call's schedule. */
@Stateless
public class FundingCallProcess {

    public static final String KEY = "funding-call";
    static final String OPENS_TIMER = "Timer_Opens";
    static final String CLOSES_TIMER = "Timer_Closes";

    @EJB
    ProcessEngineBootstrap bootstrap;

    public void start(Long callId, Instant opensAt, Instant closesAt) {
        bootstrap.engine().getRuntimeService().startProcessInstanceByKey(KEY, businessKey(callId),
                Map.of("callId", callId, "opensAt", Date.from(opensAt), "closesAt", Date.from(closesAt)));
    }

    /** Moves the waiting timer to the new schedule; the later timer reads the variables when reached. */
    public void reschedule(Long callId, Instant opensAt, Instant closesAt) {
        var engine = bootstrap.engine();
        ProcessInstance instance = engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(KEY).processInstanceBusinessKey(businessKey(callId)).singleResult();
        if (instance == null) {
            return;
        }
        engine.getRuntimeService().setVariables(instance.getId(),
                Map.of("opensAt", Date.from(opensAt), "closesAt", Date.from(closesAt)));
        for (Job timer : engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
                .timers().list()) {
            String activity = engine.getManagementService().createJobDefinitionQuery()
                    .jobDefinitionId(timer.getJobDefinitionId()).singleResult().getActivityId();
            Instant due = OPENS_TIMER.equals(activity) ? opensAt : closesAt;
            engine.getManagementService().setJobDuedate(timer.getId(), Date.from(due));
        }
    }

    static String businessKey(Long callId) {
        return "call:" + callId;
    }
}
