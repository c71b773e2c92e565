package org.anslag.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.anslag.application.ApplicationAccess;
import org.anslag.application.GrantApplication;
import org.anslag.call.FundingCall;
import org.anslag.followup.FollowUps;
import org.anslag.followup.ReportAssessors;
import org.anslag.followup.ReportContent;
import org.anslag.it.support.Scenarios;
import org.anslag.shared.AccessDenied;
import org.anslag.shared.RuleViolation;
import org.anslag.workflow.GrantApplicationProcess;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A funded project's report goes to the follow-up's assessors only: the reviewer by default; a
 * manager may name others from the pool, with the review's exclusions; someone new reads nothing
 * before declaring, and a declared conflict takes them off the report at once.
 */
@ExtendWith(ArquillianExtension.class)
public class FollowUpAssessorsIT {

    @Test
    public void onlyTheFollowUpsClearedAssessorsReadAndAssessTheReport() {
        Scenarios given = new Scenarios();
        FundingCall call = given.openCall("5000000", "lars", "erik", "nils", "karin", "sofia");
        String number = given.readyForDecision(given.completeDraft(call, "500000"), "lars");
        given.awards.decide(given.maria, number, true, new BigDecimal("500000"), "Beviljas.", "sv");
        given.awards.acceptAgreement(given.anna, number);
        FollowUps followUps = Scenarios.ejb(FollowUps.class);
        ReportAssessors assessors = Scenarios.ejb(ReportAssessors.class);
        ApplicationAccess access = Scenarios.ejb(ApplicationAccess.class);
        followUps.submit(given.anna, number, new ReportContent("Första perioden.", Map.of(), List.of()));
        GrantApplication application = given.applications.byNumber(number);
        assertEquals(List.of("lars"), assessors.of(application), "the reviewer who declared no conflict assesses by default");

        assertThrows(AccessDenied.class, () -> followUps.assess(Scenarios.evaluator("erik"), number, 5, "Bra."),
                "an evaluator never assigned cannot assess, whatever their role");
        assertFalse(access.mayRead(Scenarios.evaluator("erik"), application), "nor read the application");
        RuleViolation tied = assertThrows(RuleViolation.class,
                () -> assessors.assign(given.maria, number, List.of("lars", "sofia")));
        assertEquals("review.evaluatorExcluded", tied.messageKey(), "sofia works at the partner Timrå");

        assessors.assign(given.maria, number, List.of("lars", "nils"));
        assertTrue(assessors.mustDeclare(Scenarios.evaluator("nils"), number), "the new assessor declares first");
        assertFalse(access.mayRead(Scenarios.evaluator("nils"), application), "and reads nothing before");
        assertThrows(AccessDenied.class, () -> followUps.assess(Scenarios.evaluator("nils"), number, 5, "Bra."));
        assessors.declare(Scenarios.evaluator("nils"), number, true, "Jag har arbetat i projektet.");
        assertEquals(List.of("lars"), assessors.of(application), "a declared conflict takes nils off the reports");
        assertFalse(access.mayRead(Scenarios.evaluator("nils"), application));
        assertThrows(RuleViolation.class, () -> assessors.assign(given.maria, number, List.of("nils")),
                "nor can a manager name him again");

        assessors.assign(given.maria, number, List.of("karin"));
        assessors.declare(Scenarios.evaluator("karin"), number, false, null);
        assertTrue(access.mayRead(Scenarios.evaluator("karin"), application));
        assertFalse(assessors.isAssessor(application, "lars"), "lars no longer assesses the reports");
        assertThrows(AccessDenied.class, () -> followUps.assess(Scenarios.evaluator("lars"), number, 5, "Bra."));
        followUps.assess(Scenarios.evaluator("karin"), number, 6, "Väl genomfört.");
        assertTrue(Scenarios.ejb(GrantApplicationProcess.class).isWaitingAt(number, GrantApplicationProcess.SUBMIT_FINAL_REPORT),
                "the final report is asked for");
        assertFalse(Scenarios.ejb(GrantApplicationProcess.class).isWaitingAt(number, GrantApplicationProcess.ASSESS_PROGRESS_REPORT));
    }
}
