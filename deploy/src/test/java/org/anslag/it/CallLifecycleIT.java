package org.anslag.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.anslag.application.GrantApplication;
import org.anslag.application.PartnerConfirmation;
import org.anslag.call.CallStatus;
import org.anslag.call.CallTerms;
import org.anslag.call.CallType;
import org.anslag.call.FundingCall;
import org.anslag.it.support.Scenarios;
import org.anslag.shared.Actor;
import org.anslag.shared.RuleViolation;
import org.camunda.bpm.engine.runtime.Job;
import org.jboss.arquillian.junit5.ArquillianExtension;
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

    private Scenarios given;
    private Actor maria;
    private Actor anna;
    private Long timraId;

    @BeforeEach
    void services() {
        given = new Scenarios();
        maria = given.maria;
        anna = given.anna;
        timraId = given.tomas.organisationId();
    }

    @Test
    public void aPublishedCallWaitsForItsOpeningAndOpensWhenTheManagerMovesTheOpeningForward() throws Exception {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        FundingCall call = draftCall(now.plus(1, ChronoUnit.HOURS), now.plus(30, ChronoUnit.DAYS));

        given.calls.publish(maria, call.getId());
        assertEquals(CallStatus.PUBLISHED, given.calls.call(call.getId()).getStatus());
        assertEquals(Date.from(now.plus(1, ChronoUnit.HOURS)), timerOf(call).getDuedate(), "the opening timer");
        assertTrue(given.calls.publishedCalls().stream().anyMatch(c -> c.getId().equals(call.getId())), "the public sees it");
        assertTrue(given.calls.openCalls().stream().noneMatch(c -> c.getId().equals(call.getId())), "not open yet");

        given.calls.reschedule(maria, call.getId(), now.minus(1, ChronoUnit.MINUTES), now.plus(30, ChronoUnit.DAYS),
                call.getBudget(), call.getMaxGrant());

        awaitStatus(call, CallStatus.OPEN);
        assertEquals(Date.from(now.plus(30, ChronoUnit.DAYS)), timerOf(call).getDuedate(), "the deadline timer");
    }

    @Test
    public void publishingTwiceStartsOneProcessAndTellsTheSecondClickItIsAlreadyPublished() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        FundingCall call = draftCall(now.plus(1, ChronoUnit.HOURS), now.plus(30, ChronoUnit.DAYS));

        given.calls.publish(maria, call.getId());
        RuleViolation second = assertThrows(RuleViolation.class, () -> given.calls.publish(maria, call.getId()));
        assertEquals("call.alreadyPublished", second.messageKey());
        assertEquals(1, given.bootstrap.engine().getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey("call:" + call.getId()).count());
    }

    @Test
    public void atTheDeadlineTheCallClosesAndAnUnansweredPartnerRequestLapses() throws Exception {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        FundingCall call = draftCall(now.minus(1, ChronoUnit.HOURS), now.plus(8, ChronoUnit.SECONDS));
        given.calls.publish(maria, call.getId());
        GrantApplication draft = given.applications.createDraft(anna, call.getId(), "Sista sekunderna " + UUID.randomUUID());
        GrantApplication withPartner = given.applications.addPartner(anna, draft.getId(), timraId);
        assertEquals(call.getClosesAt(), withPartner.getPartners().get(0).getRespondBy(),
                "a partner never has longer than the call's deadline");

        awaitStatus(call, CallStatus.CLOSED);
        await(() -> given.applications.view(anna, draft.getId()).getPartners().get(0).getConfirmation()
                == PartnerConfirmation.LAPSED, "the partner request lapses");
        assertTrue(given.calls.publishedCalls().stream().noneMatch(c -> c.getId().equals(call.getId())),
                "a closed call is no longer listed");
    }

    private FundingCall draftCall(Instant opensAt, Instant closesAt) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        var programme = given.calls.createProgramme(maria, "Livscykel " + suffix, new BigDecimal("10000000"),
                LocalDate.now().minusDays(1), LocalDate.now().plusYears(2), "Test av utlysningens livscykel");
        return given.calls.createCall(maria, programme.getId(), new CallTerms("Livscykel " + suffix, CallType.INNOVATION_LAB,
                opensAt, closesAt, new BigDecimal("3000000"), new BigDecimal("1000000"),
                List.of(new CallTerms.Criterion("Nytta", 100))));
    }

    private Job timerOf(FundingCall call) {
        var instance = given.bootstrap.engine().getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey("call:" + call.getId()).singleResult();
        return given.bootstrap.engine().getManagementService().createJobQuery().processInstanceId(instance.getId())
                .timers().singleResult();
    }

    private void awaitStatus(FundingCall call, CallStatus status) throws InterruptedException {
        await(() -> given.calls.call(call.getId()).getStatus() == status, "call " + call.getId() + " becomes " + status);
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
