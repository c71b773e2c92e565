package org.anslag.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.anslag.application.ApplicationStatus;
import org.anslag.award.Disbursements;
import org.anslag.award.Installment;
import org.anslag.call.CallTexts;
import org.anslag.call.FundingCall;
import org.anslag.followup.FollowUps;
import org.anslag.followup.ReportContent;
import org.anslag.it.support.Scenarios;
import org.anslag.workflow.GrantApplicationProcess;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A call with two reporting periods: the grant's payment plan waits for two reports, the process
 * asks for both, and the final report is asked for only once the second is assessed.
 */
@ExtendWith(ArquillianExtension.class)
public class ReportingPeriodsIT {

    @Test
    public void eachReportingPeriodIsReportedAndTheFinalReportIsAskedForAfterTheLast() {
        Scenarios given = new Scenarios();
        FundingCall call = given.openCall("5000000", "erik");
        LocalDate firstEnd = LocalDate.now().plusMonths(3);
        LocalDate secondEnd = LocalDate.now().plusMonths(9);
        given.calls.describe(given.maria, call.getId(), new CallTexts(call.getTitleEn(), call.getDescriptionSv(),
                call.getDescriptionEn()), call.getRules(), List.of(firstEnd, secondEnd));
        given.reportsOpenAtOnce(call);
        String number = given.readyForDecision(given.completeDraft(call, "600000"), "erik");
        given.awards.decide(given.maria, number, true, new BigDecimal("600000"), "Beviljas.", "sv");
        given.awards.acceptAgreement(given.anna, number);
        Long applicationId = given.applications.byNumber(number).getId();

        List<Integer> awaited = Scenarios.ejb(Disbursements.class).planOf(given.maria, applicationId).stream()
                .map(Installment::getAwaitsReport).toList();
        assertEquals(Arrays.asList(null, 1, 2), awaited, "reports the installments wait for");

        FollowUps followUps = Scenarios.ejb(FollowUps.class);
        GrantApplicationProcess process = Scenarios.ejb(GrantApplicationProcess.class);
        followUps.submit(given.anna, number, report("Första perioden."));
        followUps.assess(Scenarios.evaluator("erik"), number, 5, "Bra start.");
        assertEquals(ApplicationStatus.GRANTED, given.applications.byNumber(number).getStatus(),
                "the grant stays open after the first of two reports");
        assertTrue(process.isWaitingAt(number, GrantApplicationProcess.SUBMIT_PROGRESS_REPORT), "the second report is asked for");

        followUps.submit(given.anna, number, report("Andra perioden."));
        followUps.assess(Scenarios.evaluator("erik"), number, 6, "Väl genomfört.");
        assertEquals(ApplicationStatus.GRANTED, given.applications.byNumber(number).getStatus(),
                "the grant stays open for its final report");
        assertTrue(process.isWaitingAt(number, GrantApplicationProcess.SUBMIT_FINAL_REPORT),
                "the final report is asked for once the last report is assessed");
        assertEquals(List.of(1, 2), followUps.reportsOf(number).stream().map(r -> r.getPeriodNumber()).toList(),
                "one report per period, numbered");
    }

    private static ReportContent report(String narrative) {
        return new ReportContent(narrative, Map.of(), List.of());
    }
}
