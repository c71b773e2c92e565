package org.anslag.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.annotation.Resource;
import jakarta.transaction.RollbackException;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.anslag.application.ApplicationStatus;
import org.anslag.application.GrantApplication;
import org.anslag.call.FundingCall;
import org.anslag.it.support.Scenarios;
import org.anslag.shared.Actor;
import org.anslag.workflow.GrantApplicationProcess;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs inside the server (the test class is added to the web module of the built EAR): a domain
 * change and the process step it triggers share one JTA transaction, so they commit or roll back
 * together — on the database of the failsafe run (H2 or PostgreSQL).
 */
@ExtendWith(ArquillianExtension.class)
public class TransactionAtomicityIT {

    private static final BigDecimal REQUESTED = new BigDecimal("800000");

    @Resource(lookup = "java:comp/UserTransaction")
    UserTransaction tx;

    private Scenarios given;
    private Actor anna;

    @BeforeEach
    void servicesAndDemoOrganisations() {
        assertNotNull(tx, "UserTransaction injected");
        given = new Scenarios();
        anna = given.anna;
    }

    @AfterEach
    void noTransactionLeftOpen() throws Exception {
        if (tx.getStatus() != Status.STATUS_NO_TRANSACTION) {
            tx.rollback();
        }
    }

    @Test
    public void rolledBackSubmissionLeavesNeitherApplicationNorProcess() throws Exception {
        FundingCall call = openCall();

        String number;
        tx.begin();
        try {
            GrantApplication draft = completeDraft(call);
            GrantApplication submitted = given.applications.submit(anna, draft.getId());
            number = submitted.getNumber();
            assertEquals(ApplicationStatus.SUBMITTED, submitted.getStatus());
            assertEquals(1, runtime().createProcessInstanceQuery().processInstanceBusinessKey(number).count(),
                    "inside the transaction the process has started");
        } finally {
            tx.rollback();
        }

        assertEquals(0, runtime().createProcessInstanceQuery().processInstanceBusinessKey(number).count(),
                "process instance of " + number + " after rollback");
        assertEquals(0, history().createHistoricProcessInstanceQuery().processInstanceBusinessKey(number).count(),
                "history of " + number + " after rollback");
        assertEquals(0, tasks().createTaskQuery().processInstanceBusinessKey(number).count(),
                "tasks of " + number + " after rollback");
        assertEquals(List.of(), given.applications.ofCall(call.getId()), "applications of the call after rollback");
    }

    @Test
    public void committedSubmissionWaitsForTheEligibilityCheck() throws Exception {
        FundingCall call = openCall();

        String number;
        tx.begin();
        try {
            GrantApplication draft = completeDraft(call);
            number = given.applications.submit(anna, draft.getId()).getNumber();
            tx.commit();
        } catch (Exception | Error e) {
            tx.rollback();
            throw e;
        }

        GrantApplication stored = given.applications.byNumber(number);
        assertEquals(ApplicationStatus.SUBMITTED, stored.getStatus());
        var instance = runtime().createProcessInstanceQuery()
                .processDefinitionKey(GrantApplicationProcess.KEY).processInstanceBusinessKey(number).singleResult();
        assertNotNull(instance, "a running grant-application process for " + number);
        assertEquals(List.of(GrantApplicationProcess.CHECK_ELIGIBILITY),
                tasks().createTaskQuery().processInstanceId(instance.getId()).list().stream()
                        .map(task -> task.getTaskDefinitionKey()).toList(),
                "the process waits at the eligibility check");
        assertEquals(stored.getId(), ((Number) runtime().getVariable(instance.getId(), "applicationId")).longValue());
    }

    @Test
    public void failingEngineCommandAfterSubmissionUndoesTheSubmission() throws Exception {
        FundingCall call = openCall();
        GrantApplication draft = committedDraft(call);
        String number = draft.getNumber();

        tx.begin();
        GrantApplication edited = given.applications.saveDraft(anna, draft.getId(), draft.getVersion(),
                "Ändrad titel som inte får sparas", "Ändrad sammanfattning", REQUESTED);
        given.applications.submit(anna, edited.getId());
        assertEquals(1, runtime().createProcessInstanceQuery().processInstanceBusinessKey(number).count());
        assertThrows(ProcessEngineException.class, () -> runtime()
                .createMessageCorrelation("NoSuchMessage-" + UUID.randomUUID())
                .processInstanceBusinessKey(number)
                .correlate());
        assertEquals(Status.STATUS_MARKED_ROLLBACK, tx.getStatus(),
                "the failed engine command marks the whole transaction for rollback");
        assertThrows(RollbackException.class, tx::commit, "a caller that ignores the failure cannot commit");

        GrantApplication stored = given.applications.byNumber(number);
        assertEquals(ApplicationStatus.DRAFT, stored.getStatus());
        assertEquals(draft.getTitle(), stored.getTitle());
        assertEquals(draft.getVersion(), stored.getVersion());
        assertEquals(0, runtime().createProcessInstanceQuery().processInstanceBusinessKey(number).count());
        assertEquals(0, history().createHistoricProcessInstanceQuery().processInstanceBusinessKey(number).count());
    }

    @Test
    public void failingProcessStartUndoesTheDomainChange() throws Exception {
        FundingCall call = openCall();
        GrantApplication draft = committedDraft(call);

        tx.begin();
        given.applications.saveDraft(anna, draft.getId(), draft.getVersion(), "Ändrad titel som inte får sparas",
                "Ändrad sammanfattning", new BigDecimal("900000"));
        assertThrows(ProcessEngineException.class,
                () -> runtime().startProcessInstanceByKey("no-such-process", draft.getNumber()));
        assertEquals(Status.STATUS_MARKED_ROLLBACK, tx.getStatus(),
                "the failed process start marks the whole transaction for rollback");
        tx.rollback();

        GrantApplication stored = given.applications.byNumber(draft.getNumber());
        assertEquals(draft.getTitle(), stored.getTitle());
        assertEquals(draft.getSummary(), stored.getSummary());
        assertEquals(0, REQUESTED.compareTo(stored.getRequestedAmount()));
        assertEquals(ApplicationStatus.DRAFT, stored.getStatus());
    }

    /** A programme and a call open now, committed before the test's own transactions. */
    private FundingCall openCall() {
        return given.openCall("5000000");
    }

    /** Sundsvall's complete draft asking for REQUESTED, in the open transaction if there is one. */
    private GrantApplication completeDraft(FundingCall call) {
        return given.completeDraft(call, REQUESTED.toPlainString());
    }

    /** A complete draft, committed in its own transaction; returned as stored afterwards. */
    private GrantApplication committedDraft(FundingCall call) throws Exception {
        tx.begin();
        String number;
        try {
            number = completeDraft(call).getNumber();
            tx.commit();
        } catch (Exception | Error e) {
            tx.rollback();
            throw e;
        }
        GrantApplication stored = given.applications.byNumber(number);
        assertEquals(ApplicationStatus.DRAFT, stored.getStatus());
        return stored;
    }

    private RuntimeService runtime() {
        return given.bootstrap.engine().getRuntimeService();
    }

    private HistoryService history() {
        return given.bootstrap.engine().getHistoryService();
    }

    private TaskService tasks() {
        return given.bootstrap.engine().getTaskService();
    }
}
