package org.anslag.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.anslag.application.ApplicationStatus;
import org.anslag.application.Applications;
import org.anslag.application.GrantApplication;
import org.anslag.award.Awards;
import org.anslag.call.AssessmentCriterion;
import org.anslag.call.CallTerms;
import org.anslag.call.CallType;
import org.anslag.call.Calls;
import org.anslag.call.FundingCall;
import org.anslag.it.support.Ears;
import org.anslag.organisation.Organisations;
import org.anslag.review.EvaluatorPool;
import org.anslag.review.Reviews;
import org.anslag.shared.Actor;
import org.anslag.application.Partnerships;
import org.anslag.budget.BudgetEntry;
import org.anslag.budget.Budgets;
import org.anslag.budget.CostCategory;
import org.anslag.shared.Role;
import org.anslag.shared.RuleViolation;
import org.anslag.workflow.GrantApplicationProcess;
import org.anslag.workflow.ProcessEngineBootstrap;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs inside the server: requests that race each other, started together on the server's
 * managed executor, neither duplicate an application nor overspend a call.
 */
@ExtendWith(ArquillianExtension.class)
public class ConcurrencyIT {

    @Deployment
    public static EnterpriseArchive deployment() {
        return Ears.withClassesInWebModule(ConcurrencyIT.class);
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
    @EJB(lookup = "java:global/anslag/anslag-ejb/Reviews!org.anslag.review.Reviews")
    Reviews reviews;
    @EJB(lookup = "java:global/anslag/anslag-ejb/Rankings!org.anslag.review.Rankings")
    org.anslag.review.Rankings rankings;
    @EJB(lookup = "java:global/anslag/anslag-ejb/EvaluatorPool!org.anslag.review.EvaluatorPool")
    EvaluatorPool pool;
    @EJB(lookup = "java:global/anslag/anslag-ejb/Awards!org.anslag.award.Awards")
    Awards awards;
    @EJB(lookup = "java:global/anslag/anslag-ejb/ProcessEngineBootstrap!org.anslag.workflow.ProcessEngineBootstrap")
    ProcessEngineBootstrap bootstrap;
    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService executor;

    private final Actor maria = new Actor("maria", null, Set.of(Role.PROGRAMME_MANAGER));
    private final Actor otherManager = new Actor("second-manager", null, Set.of(Role.PROGRAMME_MANAGER));
    private final Actor erik = new Actor("erik", null, Set.of(Role.EVALUATOR));
    private Actor anna;
    private Long timraId;
    private Actor tomas;

    @BeforeEach
    void demoOrganisations() {
        assertNotNull(executor, "managed executor injected");
        anna = new Actor("anna", organisations.byCode("2281").orElseThrow().getId(), Set.of(Role.APPLICANT));
        timraId = organisations.byCode("2262").orElseThrow().getId();
        tomas = new Actor("tomas", timraId, Set.of(Role.APPLICANT));
    }

    @Test
    public void aDoubleClickedSubmitGivesOneApplicationOneProcessAndTheSameReceipt() throws Exception {
        GrantApplication draft = completeDraft(openCall("5000000"), "800000");

        List<Object> outcomes = race(
                () -> applications.submit(anna, draft.getId()).getSubmittedAt(),
                () -> applications.submit(anna, draft.getId()).getSubmittedAt());

        assertEquals(outcomes.get(0), outcomes.get(1), "both clicks see the same submission time");
        assertInstanceOf(Instant.class, outcomes.get(0));
        assertEquals(1, bootstrap.engine().getHistoryService().createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(draft.getNumber()).count(), "process instances started");
        assertEquals(ApplicationStatus.SUBMITTED, applications.byNumber(draft.getNumber()).getStatus());
    }

    @Test
    public void twoManagersDecidingAtOnceNeverOverspendTheCallBudget() throws Exception {
        FundingCall call = openCall("1000000");
        String first = readyForDecision(completeDraft(call, "800000"));
        String second = readyForDecision(completeDraft(call, "800000"));

        List<Object> outcomes = race(
                () -> awards.decide(maria, first, true, new BigDecimal("800000"), "Beviljas.", "sv"),
                () -> awards.decide(otherManager, second, true, new BigDecimal("800000"), "Beviljas.", "sv"));

        long refused = outcomes.stream().filter(RuleViolation.class::isInstance).count();
        assertEquals(1, refused, "exactly one of the two grants is refused: " + outcomes);
        RuleViolation refusal = (RuleViolation) outcomes.stream().filter(RuleViolation.class::isInstance)
                .findFirst().orElseThrow();
        assertEquals("decision.aboveRemainingBudget", refusal.messageKey());
        assertEquals(0, new BigDecimal("200000").compareTo(awards.remainingBudget(calls.call(call.getId()))),
                "what is left of the call");
        assertEquals(1, awards.decisionsOf(call.getId()).size(), "decisions stored");
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

    private FundingCall openCall(String budget) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        var programme = calls.createProgramme(maria, "Samtidighet " + suffix, new BigDecimal("10000000"),
                LocalDate.now().minusDays(1), LocalDate.now().plusYears(2), "Test av samtidiga beslut");
        pool.add(maria, programme.getId(), "erik", false, null);
        FundingCall call = calls.createCall(maria, programme.getId(), new CallTerms("Samtidighet " + suffix,
                CallType.TEST_BED, now.minus(1, ChronoUnit.HOURS), now.plus(30, ChronoUnit.DAYS),
                new BigDecimal(budget), new BigDecimal("1000000"), List.of(new CallTerms.Criterion("Nytta", 50),
                        new CallTerms.Criterion("Genomförbarhet", 50))));
        return calls.publish(maria, call.getId());
    }

    private GrantApplication completeDraft(FundingCall call, String requested) {
        GrantApplication draft = applications.createDraft(anna, call.getId(), "Testbädd " + UUID.randomUUID());
        GrantApplication withPartner = applications.addPartner(anna, draft.getId(), timraId);
        partnerships.answer(tomas, draft.getId(), true, null);
        GrantApplication saved = applications.saveDraft(anna, draft.getId(), withPartner.getVersion(), draft.getTitle(),
                "Samtidighetstest.", new BigDecimal(requested));
        budgets.save(anna, draft.getId(), List.of(new BudgetEntry(anna.organisationId(),
                call.getClosesAt().atZone(java.time.ZoneId.of("Europe/Stockholm")).getYear(), CostCategory.PERSONNEL,
                new BigDecimal(requested), BigDecimal.ZERO)));
        return saved;
    }

    /** Submits and takes the application through eligibility and one review, to the funding decision. */
    private String readyForDecision(GrantApplication draft) {
        String number = applications.submit(anna, draft.getId()).getNumber();
        reviews.decideEligibility(maria, number, true, "Uppfyller kraven.", "sv");
        reviews.assignEvaluators(maria, number, List.of("erik"));
        Map<Long, Integer> scores = new HashMap<>();
        Map<Long, String> comments = new HashMap<>();
        for (AssessmentCriterion criterion : applications.byNumber(number).getCall().getCriteria()) {
            scores.put(criterion.getId(), 5);
            comments.put(criterion.getId(), "Godtagbart.");
        }
        reviews.declareConflicts(erik, number, false, null);
        reviews.submitReview(erik, number, scores, comments);
        rankings.consolidate(maria, number, null, new BigDecimal("5.00"), "Godtagbar på alla kriterier.");
        assertEquals(List.of(GrantApplicationProcess.DECIDE_FUNDING),
                bootstrap.engine().getTaskService().createTaskQuery().processInstanceBusinessKey(number).list()
                        .stream().map(task -> task.getTaskDefinitionKey()).toList());
        return number;
    }
}
