package org.anslag.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.anslag.application.ApplicationStatus;
import org.anslag.audit.AuditEntry;
import org.anslag.audit.AuditLog;
import org.anslag.award.Disbursements;
import org.anslag.award.Installment;
import org.anslag.award.Payments;
import org.anslag.call.FundingCall;
import org.anslag.followup.FollowUps;
import org.anslag.followup.ProgressReport;
import org.anslag.followup.ReportContent;
import org.anslag.followup.ReportOutcome;
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
 * A report sent back is revised and both versions are kept; its installment waits until the
 * revision is approved; finance then releases it and records it paid, and every step is audited.
 */
@ExtendWith(ArquillianExtension.class)
public class InstallmentPaymentsIT {

    static final Actor FATIMA = new Actor("fatima", null, Set.of(Role.FINANCE));
    static final Actor SECOND_FINANCE = new Actor("second-finance", null, Set.of(Role.FINANCE));
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Stockholm"));

    private Scenarios given;
    private FollowUps followUps;
    private Payments payments;
    private GrantApplicationProcess process;

    /** Looked up in the server only: the test class is also built on the client, where no EJB exists. */
    @BeforeEach
    void services() {
        given = new Scenarios();
        followUps = Scenarios.ejb(FollowUps.class);
        payments = Scenarios.ejb(Payments.class);
        process = Scenarios.ejb(GrantApplicationProcess.class);
    }

    @Test
    public void aReportSentBackIsRevisedBothVersionsAreKeptAndItsInstallmentWaitsForTheApproval() {
        String number = given.followedUp(given.completeDraft(reportingOnce(), "500000"), "lars");
        assertEquals(List.of(Installment.Status.RELEASED, Installment.Status.PLANNED), statuses(number),
                "the advance is released on acceptance");

        followUps.submit(given.anna, number, new ReportContent("Första versionen.", Map.of(), List.of()));
        followUps.sendBack(Scenarios.evaluator("lars"), number, 3, "Beskriv vad idéerna ledde till.");
        assertEquals(List.of(GrantApplicationProcess.SUBMIT_PROGRESS_REPORT), process.currentSteps(number),
                "the coordinator revises; nothing waits for finance");
        RuleViolation held = assertThrows(RuleViolation.class, () -> payments.release(FATIMA, number, 2));
        assertEquals("payment.reportNotApproved", held.messageKey(), "a report sent back holds its installment");
        assertEquals(1, followUps.nextPeriod(number), "the revision is for the same period");

        followUps.submit(given.anna, number, new ReportContent("Andra versionen.", Map.of(), List.of()));
        followUps.assess(Scenarios.evaluator("lars"), number, 6, "Nu tydligt.");
        List<ProgressReport> versions = followUps.versionsOf(number, 1);
        assertEquals(List.of(1, 2), versions.stream().map(ProgressReport::getRevision).toList());
        assertEquals(List.of("Första versionen.", "Andra versionen."),
                versions.stream().map(ProgressReport::getNarrative).toList(), "both versions are kept as sent");
        assertEquals(List.of(ReportOutcome.SENT_BACK, ReportOutcome.APPROVED),
                versions.stream().map(ProgressReport::getOutcome).toList());
        assertEquals("Beskriv vad idéerna ledde till.", versions.get(0).getAssessment());
        assertEquals(ApplicationStatus.GRANTED, given.applications.byNumber(number).getStatus(), "open until its final report");

        assertEquals(Set.of(1), process.periodsAwaitingRelease(number));
        payments.release(FATIMA, number, 2);
        payments.recordPaid(FATIMA, number, 2, TODAY, "BG-4711");
        Installment paid = plan(number).get(1);
        assertEquals(Installment.Status.PAID, paid.getStatus());
        assertEquals("fatima", paid.getReleasedBy());
        assertEquals(TODAY, paid.getPaidOn());
        assertEquals("BG-4711", paid.getPaymentReference());
        assertEquals(List.of(GrantApplicationProcess.SUBMIT_FINAL_REPORT), process.currentSteps(number),
                "after the release only the final report is awaited");

        List<String> audited = Scenarios.ejb(AuditLog.class).about("application:" + number).stream()
                .map(entry -> entry.getActor() + " " + entry.getAction() + " " + entry.getDetails()).toList();
        assertEquals(List.of(
                "system RELEASE_INSTALLMENT installment 1, 250000 kr",
                "anna SUBMIT_REPORT period 1, version 1",
                "lars ASSESS_REPORT period 1, version 1, score 3, sent back for revision",
                "anna SUBMIT_REPORT period 1, version 2",
                "lars ASSESS_REPORT period 1, version 2, score 6, approved",
                "fatima RELEASE_INSTALLMENT installment 2, 250000 kr",
                "fatima PAY_INSTALLMENT installment 2, 250000 kr, paid " + TODAY + ", reference BG-4711"),
                audited.stream().filter(entry -> entry.matches("\\S+ (RELEASE_INSTALLMENT|SUBMIT_REPORT|ASSESS_REPORT|PAY_INSTALLMENT) .*"))
                        .toList());
    }

    @Test
    public void aPaymentNeedsAReleaseADateNotInTheFutureAndAReferenceAndIsRecordedOnlyOnce() {
        String number = given.followedUp(given.completeDraft(reportingOnce(), "500000"), "lars");
        assertEquals("payment.notReleased", assertThrows(RuleViolation.class,
                () -> payments.recordPaid(FATIMA, number, 2, TODAY, "BG-1")).messageKey());
        RuleViolation future = assertThrows(RuleViolation.class,
                () -> payments.recordPaid(FATIMA, number, 1, TODAY.plusDays(1), "BG-1"));
        assertEquals(List.of("paidOn", "payment.paidOnInFuture"), List.of(future.field(), future.messageKey()));
        RuleViolation noDate = assertThrows(RuleViolation.class, () -> payments.recordPaid(FATIMA, number, 1, null, "BG-1"));
        assertEquals(List.of("paidOn", "validation.required"), List.of(noDate.field(), noDate.messageKey()));
        RuleViolation noReference = assertThrows(RuleViolation.class,
                () -> payments.recordPaid(FATIMA, number, 1, TODAY, "  "));
        assertEquals(List.of("reference", "validation.required"), List.of(noReference.field(), noReference.messageKey()));

        payments.recordPaid(FATIMA, number, 1, TODAY.minusDays(1), "BG-1");
        payments.recordPaid(FATIMA, number, 1, TODAY.minusDays(1), "BG-1");
        RuleViolation other = assertThrows(RuleViolation.class, () -> payments.recordPaid(FATIMA, number, 1, TODAY, "BG-2"));
        assertEquals("payment.alreadyPaid", other.messageKey(), "a second, different payment is refused");
        assertEquals("BG-1", plan(number).get(0).getPaymentReference());
        assertEquals(1, Scenarios.ejb(AuditLog.class).about("application:" + number).stream()
                .map(AuditEntry::getAction).filter("PAY_INSTALLMENT"::equals).count(), "the payment is audited once");
    }

    @Test
    public void aboveTheFourEyesLimitOneFinanceUserProposesTheReleaseAndAnotherConfirmsIt() {
        FundingCall call = reportingOnce();
        given.calls.planReview(given.maria, call.getId(), call.getMinEvaluators(), call.getReviewDays(),
                new BigDecimal("200000"));
        String number = given.readyForDecision(given.completeDraft(call, "500000"), "lars");
        given.awards.decide(given.maria, number, true, new BigDecimal("500000"), "Beviljas.", "sv");
        given.awards.approve(new Actor("second-manager", null, Set.of(Role.PROGRAMME_MANAGER)), number, true, "Ja.");
        given.awards.acceptAgreement(given.anna, number);
        followUps.submit(given.anna, number, new ReportContent("Läget.", Map.of(), List.of()));
        followUps.assess(Scenarios.evaluator("lars"), number, 6, "Godkänd.");

        Installment proposed = payments.release(FATIMA, number, 2);
        assertEquals(Installment.Status.PLANNED, proposed.getStatus(), "250 000 kr is above the limit: only proposed");
        assertEquals("fatima", proposed.getReleaseProposedBy());
        assertEquals(Set.of(1), process.periodsAwaitingRelease(number), "the process still waits for the release");
        assertEquals("payment.sameFinanceUser", assertThrows(RuleViolation.class,
                () -> payments.confirmRelease(FATIMA, number, 2)).messageKey());
        assertEquals("payment.alreadyProposed", assertThrows(RuleViolation.class,
                () -> payments.release(SECOND_FINANCE, number, 2)).messageKey());

        Installment released = payments.confirmRelease(SECOND_FINANCE, number, 2);
        assertEquals(Installment.Status.RELEASED, released.getStatus());
        assertEquals("second-finance", released.getReleasedBy());
        assertEquals(Set.of(), process.periodsAwaitingRelease(number));
        assertEquals(List.of("fatima PROPOSE_RELEASE installment 2, 250000 kr, above the four-eyes limit",
                        "second-finance RELEASE_INSTALLMENT installment 2, 250000 kr, proposed by fatima"),
                Scenarios.ejb(AuditLog.class).about("application:" + number).stream()
                        .filter(entry -> !"system".equals(entry.getActor()) && entry.getAction().contains("RELEASE"))
                        .map(entry -> entry.getActor() + " " + entry.getAction() + " " + entry.getDetails()).toList());
    }

    /** One reporting period: an advance on acceptance, the rest once the period's report is approved. */
    private FundingCall reportingOnce() {
        return given.reportsOpenAtOnce(given.reportingOn(given.openCall("5000000", "lars"), TODAY.plusMonths(6)));
    }

    private List<Installment> plan(String number) {
        return Scenarios.ejb(Disbursements.class).planOf(FATIMA, given.applications.byNumber(number).getId());
    }

    private List<Installment.Status> statuses(String number) {
        return plan(number).stream().map(Installment::getStatus).toList();
    }
}
