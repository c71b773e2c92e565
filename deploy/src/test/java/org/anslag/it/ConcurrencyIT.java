package org.anslag.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.transaction.UserTransaction;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.anslag.application.ApplicationStatus;
import org.anslag.application.GrantApplication;
import org.anslag.audit.AuditLog;
import org.anslag.award.Payments;
import org.anslag.call.FundingCall;
import org.anslag.followup.FollowUps;
import org.anslag.followup.ReportContent;
import org.anslag.it.support.Scenarios;
import org.anslag.shared.Actor;
import org.anslag.shared.Role;
import org.anslag.shared.RuleViolation;
import org.anslag.workflow.GrantApplicationProcess;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs inside the server: requests that race each other, started together on the server's
 * managed executor, neither duplicate an application nor overspend a call.
 */
@ExtendWith(ArquillianExtension.class)
public class ConcurrencyIT {

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService executor;
    @Resource
    UserTransaction transaction;

    private final Actor otherManager = new Actor("second-manager", null, Set.of(Role.PROGRAMME_MANAGER));
    private Scenarios given;

    @BeforeEach
    void services() {
        assertNotNull(executor, "managed executor injected");
        given = new Scenarios();
    }

    @Test
    public void aDoubleClickedSubmitGivesOneApplicationOneProcessAndTheSameReceipt() throws Exception {
        GrantApplication draft = given.completeDraft(given.openCall("5000000", "erik"), "800000");

        List<Object> outcomes = race(
                () -> given.applications.submit(given.anna, draft.getId()).getSubmittedAt(),
                () -> given.applications.submit(given.anna, draft.getId()).getSubmittedAt());

        assertEquals(outcomes.get(0), outcomes.get(1), "both clicks see the same submission time");
        assertInstanceOf(Instant.class, outcomes.get(0));
        assertEquals(1, given.bootstrap.engine().getHistoryService().createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(draft.getNumber()).count(), "process instances started");
        assertEquals(ApplicationStatus.SUBMITTED, given.applications.byNumber(draft.getNumber()).getStatus());
    }

    @Test
    public void twoManagersDecidingAtOnceNeverOverspendTheCallBudget() throws Exception {
        FundingCall call = given.openCall("1000000", "erik");
        String first = readyForDecision(given.completeDraft(call, "800000"));
        String second = readyForDecision(given.completeDraft(call, "800000"));

        List<Object> outcomes = race(
                () -> given.awards.decide(given.maria, first, true, new BigDecimal("800000"), "Beviljas.", "sv"),
                () -> given.awards.decide(otherManager, second, true, new BigDecimal("800000"), "Beviljas.", "sv"));

        long refused = outcomes.stream().filter(RuleViolation.class::isInstance).count();
        assertEquals(1, refused, "exactly one of the two grants is refused: " + outcomes);
        RuleViolation refusal = (RuleViolation) outcomes.stream().filter(RuleViolation.class::isInstance)
                .findFirst().orElseThrow();
        assertEquals("decision.aboveRemainingBudget", refusal.messageKey());
        assertEquals(0, new BigDecimal("200000").compareTo(given.awards.remainingBudget(given.calls.call(call.getId()))),
                "what is left of the call");
        assertEquals(1, given.awards.decisionsOf(call.getId()).size(), "decisions stored");
    }

    @Test
    public void twoFinanceUsersReleaseAnInstallmentOnceAndADoubleClickedPaymentIsRecordedOnce() throws Exception {
        FundingCall call = given.reportsOpenAtOnce(given.reportingOn(given.openCall("5000000", "erik"), LocalDate.now().plusMonths(6)));
        String number = given.followedUp(given.completeDraft(call, "500000"), "erik");
        Scenarios.ejb(FollowUps.class).submit(given.anna, number, new ReportContent("Läget.", Map.of(), List.of()));
        Scenarios.ejb(FollowUps.class).assess(Scenarios.evaluator("erik"), number, 6, "Godkänd.");
        Payments payments = Scenarios.ejb(Payments.class);
        Actor fatima = new Actor("fatima", null, Set.of(Role.FINANCE));
        Actor otherFinance = new Actor("second-finance", null, Set.of(Role.FINANCE));

        List<Object> released = overlapping(() -> payments.release(fatima, number, 2).getReleasedBy(),
                () -> payments.release(otherFinance, number, 2).getReleasedBy());
        List<RuleViolation> refused = released.stream().filter(RuleViolation.class::isInstance)
                .map(RuleViolation.class::cast).toList();
        assertEquals(1, refused.size(), "exactly one of the two releases is refused: " + released);
        assertEquals("payment.alreadyReleased", refused.get(0).messageKey());

        LocalDate today = LocalDate.now(ZoneId.of("Europe/Stockholm"));
        List<Object> paid = overlapping(() -> payments.recordPaid(fatima, number, 2, today, "BG-77").getPaymentReference(),
                () -> payments.recordPaid(fatima, number, 2, today, "BG-77").getPaymentReference());
        assertEquals(List.of("BG-77", "BG-77"), paid, "both clicks see the one payment");
        List<String> actions = Scenarios.ejb(AuditLog.class).about("application:" + number).stream()
                .map(entry -> entry.getAction() + " " + entry.getDetails()).toList();
        assertEquals(1, actions.stream().filter(action -> action.startsWith("RELEASE_INSTALLMENT installment 2")).count(),
                "released once: " + actions);
        assertEquals(1, actions.stream().filter(action -> action.startsWith("PAY_INSTALLMENT installment 2")).count(),
                "paid once: " + actions);
    }

    private String readyForDecision(GrantApplication draft) {
        String number = given.readyForDecision(draft, "erik");
        assertEquals(List.of(GrantApplicationProcess.DECIDE_FUNDING),
                given.bootstrap.engine().getTaskService().createTaskQuery().processInstanceBusinessKey(number).list()
                        .stream().map(task -> task.getTaskDefinitionKey()).toList());
        return number;
    }

    /**
     * Runs the first inside a transaction held open while the second starts on another thread, so
     * the second surely reads while the first is unfinished; returns each one's result or exception.
     */
    private List<Object> overlapping(Callable<?> first, Callable<?> second) throws Exception {
        transaction.begin();
        Object firstOutcome;
        try {
            firstOutcome = first.call();
        } catch (RuntimeException e) {
            transaction.rollback();
            throw e;
        }
        Future<Object> later = executor.submit(() -> second.call());
        // the second has time to read (and, with the row lock, to wait) before the first commits
        Thread.sleep(1500);
        transaction.commit();
        try {
            return List.of(firstOutcome, later.get(60, TimeUnit.SECONDS));
        } catch (ExecutionException e) {
            return List.of(firstOutcome, e.getCause());
        }
    }

    /** Starts both tasks at the same moment; returns each one's result, or the exception it threw. */
    private List<Object> race(Callable<?> one, Callable<?> other) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Object>> futures = new ArrayList<>();
        for (Callable<?> task : List.of(one, other)) {
            futures.add(executor.submit(() -> {
                start.await();
                return task.call();
            }));
        }
        start.countDown();
        List<Object> outcomes = new ArrayList<>();
        for (Future<Object> future : futures) {
            try {
                outcomes.add(future.get(60, TimeUnit.SECONDS));
            } catch (ExecutionException e) {
                outcomes.add(e.getCause());
            }
        }
        return outcomes;
    }
}
