package org.anslag.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.anslag.application.Applications;
import org.anslag.application.GrantApplication;
import org.anslag.application.PartnerConfirmation;
import org.anslag.call.CallStatus;
import org.anslag.call.CallTerms;
import org.anslag.call.CallType;
import org.anslag.call.Calls;
import org.anslag.call.FundingCall;
import org.anslag.it.support.Ears;
import org.anslag.organisation.Organisations;
import org.anslag.shared.Actor;
import org.anslag.shared.Role;
import org.anslag.shared.RuleViolation;
import org.anslag.workflow.ProcessEngineBootstrap;
import org.camunda.bpm.engine.runtime.Job;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs inside the server: the funding-call and partner-confirmation processes move calls and
 * partner requests by their timers, on the server's job executor and clock.
 */
@ExtendWith(ArquillianExtension.class)
public class CallLifecycleIT {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Deployment
    public static EnterpriseArchive deployment() {
        return Ears.withClassesInWebModule(CallLifecycleIT.class);
    }

    @EJB(lookup = "java:global/anslag/anslag-ejb/Applications!org.anslag.application.Applications")
    Applications applications;
    @EJB(lookup = "java:global/anslag/anslag-ejb/Calls!org.anslag.call.Calls")
    Calls calls;
    @EJB(lookup = "java:global/anslag/anslag-ejb/Organisations!org.anslag.organisation.Organisations")
    Organisations organisations;
    @EJB(lookup = "java:global/anslag/anslag-ejb/ProcessEngineBootstrap!org.anslag.workflow.ProcessEngineBootstrap")
    ProcessEngineBootstrap bootstrap;

    private final Actor maria = new Actor("maria", null, Set.of(Role.PROGRAMME_MANAGER));
    private Actor anna;
    private Long timraId;

    @BeforeEach
    void demoOrganisations() {
        anna = new Actor("anna", organisations.byCode("2281").orElseThrow().getId(), Set.of(Role.APPLICANT));
        timraId = organisations.byCode("2262").orElseThrow().getId();
    }

    @Test
    public void aPublishedCallWaitsForItsOpeningAndOpensWhenTheManagerMovesTheOpeningForward() throws Exception {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        FundingCall call = draftCall(now.plus(1, ChronoUnit.HOURS), now.plus(30, ChronoUnit.DAYS));

        calls.publish(maria, call.getId());
        assertEquals(CallStatus.PUBLISHED, calls.call(call.getId()).getStatus());
        assertEquals(Date.from(now.plus(1, ChronoUnit.HOURS)), timerOf(call).getDuedate(), "the opening timer");
        assertTrue(calls.publishedCalls().stream().anyMatch(c -> c.getId().equals(call.getId())), "the public sees it");
        assertTrue(calls.openCalls().stream().noneMatch(c -> c.getId().equals(call.getId())), "not open yet");

        calls.reschedule(maria, call.getId(), now.minus(1, ChronoUnit.MINUTES), now.plus(30, ChronoUnit.DAYS),
                call.getBudget(), call.getMaxGrant());

        awaitStatus(call, CallStatus.OPEN);
        assertEquals(Date.from(now.plus(30, ChronoUnit.DAYS)), timerOf(call).getDuedate(), "the deadline timer");
    }

    @Test
    public void publishingTwiceStartsOneProcessAndTellsTheSecondClickItIsAlreadyPublished() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        FundingCall call = draftCall(now.plus(1, ChronoUnit.HOURS), now.plus(30, ChronoUnit.DAYS));

        calls.publish(maria, call.getId());
        RuleViolation second = assertThrows(RuleViolation.class, () -> calls.publish(maria, call.getId()));
        assertEquals("call.alreadyPublished", second.messageKey());
        assertEquals(1, bootstrap.engine().getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey("call:" + call.getId()).count());
    }

    @Test
    public void atTheDeadlineTheCallClosesAndAnUnansweredPartnerRequestLapses() throws Exception {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        FundingCall call = draftCall(now.minus(1, ChronoUnit.HOURS), now.plus(8, ChronoUnit.SECONDS));
        calls.publish(maria, call.getId());
        GrantApplication draft = applications.createDraft(anna, call.getId(), "Sista sekunderna " + UUID.randomUUID());
        GrantApplication withPartner = applications.addPartner(anna, draft.getId(), timraId);
        assertEquals(call.getClosesAt(), withPartner.getPartners().get(0).getRespondBy(),
                "a partner never has longer than the call's deadline");

        awaitStatus(call, CallStatus.CLOSED);
        await(() -> applications.view(anna, draft.getId()).getPartners().get(0).getConfirmation()
                == PartnerConfirmation.LAPSED, "the partner request lapses");
        assertTrue(calls.publishedCalls().stream().noneMatch(c -> c.getId().equals(call.getId())),
                "a closed call is no longer listed");
    }

    private FundingCall draftCall(Instant opensAt, Instant closesAt) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        var programme = calls.createProgramme(maria, "Livscykel " + suffix, new BigDecimal("10000000"),
                LocalDate.now().minusDays(1), LocalDate.now().plusYears(2), "Test av utlysningens livscykel");
        return calls.createCall(maria, programme.getId(), new CallTerms("Livscykel " + suffix, CallType.INNOVATION_LAB,
                opensAt, closesAt, new BigDecimal("3000000"), new BigDecimal("1000000"),
                List.of(new CallTerms.Criterion("Nytta", 100))));
    }

    private Job timerOf(FundingCall call) {
        var instance = bootstrap.engine().getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey("call:" + call.getId()).singleResult();
        return bootstrap.engine().getManagementService().createJobQuery().processInstanceId(instance.getId())
                .timers().singleResult();
    }

    private void awaitStatus(FundingCall call, CallStatus status) throws InterruptedException {
        await(() -> calls.call(call.getId()).getStatus() == status, "call " + call.getId() + " becomes " + status);
    }

    private static void await(Supplier<Boolean> condition, String what) throws InterruptedException {
        Instant giveUp = Instant.now().plus(PATIENCE);
        while (!condition.get()) {
            if (Instant.now().isAfter(giveUp)) {
                throw new AssertionError("waited " + PATIENCE.toSeconds() + " s for: " + what);
            }
            Thread.sleep(250);
        }
    }
}
