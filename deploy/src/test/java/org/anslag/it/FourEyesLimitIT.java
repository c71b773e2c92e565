package org.anslag.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.anslag.audit.AuditEntry;
import org.anslag.audit.AuditLog;
import org.anslag.award.FundingDecision;
import org.anslag.call.FundingCall;
import org.anslag.it.support.Scenarios;
import org.anslag.shared.RuleViolation;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs inside the server: a manager whose grant waits for a second manager cannot lift the call's
 * four-eyes limit to let it through alone; the attempt is in the audit log all the same.
 */
@ExtendWith(ArquillianExtension.class)
public class FourEyesLimitIT {

    private static final BigDecimal LIMIT = new BigDecimal("100000");

    @Test
    public void theLimitCannotBeRaisedOrRemovedOnceAGrantWaitsForApproval() {
        Scenarios given = new Scenarios();
        FundingCall call = given.openCall("5000000", "erik");
        given.calls.planReview(given.maria, call.getId(), 1, 14, LIMIT);
        String number = given.readyForDecision(given.completeDraft(call, "300000"), "erik");
        FundingDecision pending = given.awards.decide(given.maria, number, true, new BigDecimal("300000"), "Beviljas.", "sv");
        assertTrue(pending.isAwaitingApproval(), "300 000 kr waits for a second manager");

        RuleViolation raised = assertThrows(RuleViolation.class, () ->
                given.calls.planReview(given.maria, call.getId(), 1, 14, new BigDecimal("500000")));
        RuleViolation removed = assertThrows(RuleViolation.class, () ->
                given.calls.planReview(given.maria, call.getId(), 1, 14, null));

        for (RuleViolation refusal : new RuleViolation[] {raised, removed}) {
            assertEquals("fourEyesAbove", refusal.field());
            assertEquals("call.fourEyesFixedAfterDecisions", refusal.messageKey());
        }
        assertEquals(0, LIMIT.compareTo(given.calls.call(call.getId()).getFourEyesAbove()), "the limit stays");
        assertTrue(given.awards.decisionOf(number).orElseThrow().isAwaitingApproval(), "the grant still waits");
        long attempts = Scenarios.ejb(AuditLog.class).about("call:" + call.getId()).stream()
                .filter(entry -> entry.getAction().equals("PLAN_REVIEW_REFUSED") && entry.getActor().equals("maria"))
                .map(AuditEntry::getDetails).filter(details -> details.contains("100000")).count();
        assertEquals(2, attempts, "both refused attempts are audited");
    }

    @Test
    public void aLowerLimitIsAcceptedWhileDecisionsExist() {
        Scenarios given = new Scenarios();
        FundingCall call = given.openCall("5000000", "erik");
        given.calls.planReview(given.maria, call.getId(), 1, 14, LIMIT);
        String number = given.readyForDecision(given.completeDraft(call, "300000"), "erik");
        given.awards.decide(given.maria, number, true, new BigDecimal("300000"), "Beviljas.", "sv");

        given.calls.planReview(given.maria, call.getId(), 1, 14, new BigDecimal("50000"));

        assertEquals(0, new BigDecimal("50000").compareTo(given.calls.call(call.getId()).getFourEyesAbove()));
        assertTrue(Scenarios.ejb(AuditLog.class).about("call:" + call.getId()).stream()
                .anyMatch(entry -> entry.getAction().equals("PLAN_REVIEW") && entry.getDetails().endsWith("four eyes above 50000")));
    }
}
