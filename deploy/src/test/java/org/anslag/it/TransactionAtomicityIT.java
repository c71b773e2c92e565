package org.anslag.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.transaction.RollbackException;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.anslag.application.ApplicationStatus;
import org.anslag.application.Applications;
import org.anslag.application.GrantApplication;
import org.anslag.call.CallTerms;
import org.anslag.call.CallType;
import org.anslag.call.Calls;
import org.anslag.call.FundingCall;
import org.anslag.call.Programme;
import org.anslag.it.support.Ears;
import org.anslag.organisation.Organisations;
import org.anslag.shared.Actor;
import org.anslag.application.Partnerships;
import org.anslag.budget.BudgetEntry;
import org.anslag.budget.Budgets;
import org.anslag.budget.CostCategory;
import org.anslag.shared.Role;
import org.anslag.workflow.GrantApplicationProcess;
import org.anslag.workflow.ProcessEngineBootstrap;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
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

    private static final String SUNDSVALL = "2281";
    private static final String TIMRA = "2262";
    private static final BigDecimal REQUESTED = new BigDecimal("800000");

    @Deployment
    public static EnterpriseArchive deployment() {
        return Ears.withClassesInWebModule(TransactionAtomicityIT.class);
    }

    @EJB(lookup = "java:global/anslag/anslag-ejb/Applications!org.anslag.application.Applications")
    Applications applications;
    @EJB(lookup = "java:global/anslag/anslag-ejb/Budgets!org.anslag.budget.Budgets")
    Budgets budgets;
    @EJB(lookup = "java:global/anslag/anslag-ejb/Partnerships!org.anslag.application.Partnerships")
    Partnerships partnerships;
    @EJB(lookup = "java:global/anslag/anslag-ejb/Calls!org.anslag.call.Calls")
    Calls calls;
    @EJB(lookup = "java:global/anslag/anslag-ejb/Organisations!org.anslag.organisation.Organisations")
    Organisations organisations;
    @EJB(lookup = "java:global/anslag/anslag-ejb/ProcessEngineBootstrap!org.anslag.workflow.ProcessEngineBootstrap")
    ProcessEngineBootstrap bootstrap;
    @Resource(lookup = "java:comp/UserTransaction")
    UserTransaction tx;

    private final Actor manager = new Actor("maria", null, Set.of(Role.PROGRAMME_MANAGER));
    private Actor anna;
    private Long timraId;
    private Actor tomas;

    @BeforeEach
    void injectedAndDemoOrganisationsPresent() {
        assertNotNull(applications, "Applications injected");
        assertNotNull(calls, "Calls injected");
        assertNotNull(organisations, "Organisations injected");
        assertNotNull(bootstrap, "ProcessEngineBootstrap injected");
        assertNotNull(tx, "UserTransaction injected");
        Long sundsvallId = organisations.byCode(SUNDSVALL).orElseThrow(() -> new AssertionError(
                "organisation " + SUNDSVALL + " missing: the ITs need ANSLAG_DEMO=true")).getId();
        timraId = organisations.byCode(TIMRA).orElseThrow().getId();
        tomas = new Actor("tomas", timraId, Set.of(Role.APPLICANT));
        anna = new Actor("anna", sundsvallId, Set.of(Role.APPLICANT));
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
            GrantApplication submitted = applications.submit(anna, draft.getId());
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
        assertEquals(List.of(), applications.ofCall(call.getId()), "applications of the call after rollback");
    }

    @Test
    public void committedSubmissionWaitsForTheEligibilityCheck() throws Exception {
        FundingCall call = openCall();

        String number;
        tx.begin();
        try {
            GrantApplication draft = completeDraft(call);
            number = applications.submit(anna, draft.getId()).getNumber();
            tx.commit();
        } catch (Exception | Error e) {
            tx.rollback();
            throw e;
        }

        GrantApplication stored = applications.byNumber(number);
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
        GrantApplication edited = applications.saveDraft(anna, draft.getId(), draft.getVersion(),
                "Ändrad titel som inte får sparas", "Ändrad sammanfattning", REQUESTED);
        applications.submit(anna, edited.getId());
        assertEquals(1, runtime().createProcessInstanceQuery().processInstanceBusinessKey(number).count());
        assertThrows(ProcessEngineException.class, () -> runtime()
                .createMessageCorrelation("NoSuchMessage-" + UUID.randomUUID())
                .processInstanceBusinessKey(number)
                .correlate());
        assertEquals(Status.STATUS_MARKED_ROLLBACK, tx.getStatus(),
                "the failed engine command marks the whole transaction for rollback");
        assertThrows(RollbackException.class, tx::commit, "a caller that ignores the failure cannot commit");

        GrantApplication stored = applications.byNumber(number);
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
        applications.saveDraft(anna, draft.getId(), draft.getVersion(), "Ändrad titel som inte får sparas",
                "Ändrad sammanfattning", new BigDecimal("900000"));
        assertThrows(ProcessEngineException.class,
                () -> runtime().startProcessInstanceByKey("no-such-process", draft.getNumber()));
        assertEquals(Status.STATUS_MARKED_ROLLBACK, tx.getStatus(),
                "the failed process start marks the whole transaction for rollback");
        tx.rollback();

        GrantApplication stored = applications.byNumber(draft.getNumber());
        assertEquals(draft.getTitle(), stored.getTitle());
        assertEquals(draft.getSummary(), stored.getSummary());
        assertEquals(0, REQUESTED.compareTo(stored.getRequestedAmount()));
        assertEquals(ApplicationStatus.DRAFT, stored.getStatus());
    }

    /** A programme and a call open now, created and committed in their own transaction. */
    private FundingCall openCall() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        tx.begin();
        try {
            Programme programme = calls.createProgramme(manager, "IT-program " + suffix, new BigDecimal("10000000"),
                    LocalDate.now().minusDays(1), LocalDate.now().plusYears(2), "Atomicitetstest");
            FundingCall call = calls.createCall(manager, programme.getId(), new CallTerms("IT-utlysning " + suffix,
                    CallType.IDEA_HUB, now.minus(1, ChronoUnit.HOURS), now.plus(30, ChronoUnit.DAYS),
                    new BigDecimal("5000000"), new BigDecimal("1000000"),
                    List.of(new CallTerms.Criterion("Nytta", 60), new CallTerms.Criterion("Genomförbarhet", 40))));
            calls.publish(manager, call.getId());
            tx.commit();
            return call;
        } catch (Exception | Error e) {
            if (tx.getStatus() != Status.STATUS_NO_TRANSACTION) {
                tx.rollback();
            }
            throw e;
        }
    }

    /** A draft by Sundsvall with Timrå as confirmed partner, summary and a budget asking for REQUESTED, in the open transaction. */
    private GrantApplication completeDraft(FundingCall call) {
        GrantApplication draft = applications.createDraft(anna, call.getId(), "Idésluss för välfärdsteknik");
        applications.addPartner(anna, draft.getId(), timraId);
        partnerships.answer(tomas, draft.getId(), true, null);
        GrantApplication saved = applications.saveDraft(anna, draft.getId(), draft.getVersion(), draft.getTitle(),
                "Gemensam idésluss för Sundsvall och Timrå.", REQUESTED);
        budgets.save(anna, draft.getId(), List.of(new BudgetEntry(anna.organisationId(),
                call.getClosesAt().atZone(java.time.ZoneId.of("Europe/Stockholm")).getYear(), CostCategory.PERSONNEL,
                REQUESTED, BigDecimal.ZERO)));
        return saved;
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
        GrantApplication stored = applications.byNumber(number);
        assertEquals(ApplicationStatus.DRAFT, stored.getStatus());
        return stored;
    }

    private RuntimeService runtime() {
        return bootstrap.engine().getRuntimeService();
    }

    private HistoryService history() {
        return bootstrap.engine().getHistoryService();
    }

    private TaskService tasks() {
        return bootstrap.engine().getTaskService();
    }
}
