package org.anslag.workflow;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import org.anslag.shared.RuleViolation;
import org.camunda.bpm.engine.task.Task;

/** One request per partner listed on a draft: the partner's users answer it before its deadline. */
@Stateless
public class PartnerConfirmationProcess {

    public static final String KEY = "partner-confirmation";
    public static final String CONFIRM_PARTNERSHIP = "Task_ConfirmPartnership";

    @EJB
    ProcessEngineBootstrap bootstrap;

    public void ask(String applicationNumber, Long applicationId, Long partnerOrganisationId, Instant respondBy) {
        bootstrap.engine().getRuntimeService().startProcessInstanceByKey(KEY,
                businessKey(applicationNumber, partnerOrganisationId),
                Map.of("applicationId", applicationId, "partnerOrganisationId", partnerOrganisationId,
                        "respondBy", Date.from(respondBy)));
    }

    public void answer(String applicationNumber, Long partnerOrganisationId, boolean confirmed) {
        Task task = open(applicationNumber, partnerOrganisationId)
                .orElseThrow(() -> new RuleViolation("answer", "partner.notAsked"));
        bootstrap.engine().getTaskService().complete(task.getId(), Map.of("confirmed", confirmed));
    }

    /** The partner was taken off the draft: its request goes away with its deadline. */
    public void withdraw(String applicationNumber, Long partnerOrganisationId) {
        var runtime = bootstrap.engine().getRuntimeService();
        runtime.createProcessInstanceQuery().processDefinitionKey(KEY)
                .processInstanceBusinessKey(businessKey(applicationNumber, partnerOrganisationId)).list()
                .forEach(instance -> runtime.deleteProcessInstance(instance.getId(), "partner removed"));
    }

    public boolean isAsked(String applicationNumber, Long partnerOrganisationId) {
        return open(applicationNumber, partnerOrganisationId).isPresent();
    }

    private Optional<Task> open(String applicationNumber, Long partnerOrganisationId) {
        return bootstrap.engine().getTaskService().createTaskQuery().processDefinitionKey(KEY)
                .processInstanceBusinessKey(businessKey(applicationNumber, partnerOrganisationId))
                .taskDefinitionKey(CONFIRM_PARTNERSHIP).list().stream().findFirst();
    }

    static String businessKey(String applicationNumber, Long partnerOrganisationId) {
        return applicationNumber + ":" + partnerOrganisationId;
    }
}
