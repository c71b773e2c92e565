package org.anslag.it.followup;

import static org.anslag.it.support.ServerPages.assertContains;
import static org.anslag.it.support.ServerPages.signedIn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.anslag.application.ApplicationStatus;
import org.anslag.audit.AuditLog;
import org.anslag.award.Disbursements;
import org.anslag.award.Installment;
import org.anslag.award.Payments;
import org.anslag.award.Recoveries;
import org.anslag.award.RecoveryClaim;
import org.anslag.call.FundingCall;
import org.anslag.followup.FinalReport;
import org.anslag.followup.FinalReports;
import org.anslag.followup.FollowUps;
import org.anslag.followup.ReportContent;
import org.anslag.it.support.Scenarios;
import org.anslag.it.support.ServerPages;
import org.anslag.it.support.WebClient;
import org.anslag.shared.Actor;
import org.anslag.shared.Role;
import org.anslag.shared.RuleViolation;
import org.anslag.workflow.GrantApplicationProcess;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The final report through the pages: the coordinator reports a reusable result and an
 * underspend, the assessor sends it back once and approves the revision, the project closes, and
 * finance sees the recovery claim (paid − spent) and records its repayment.
 */
@ExtendWith(ArquillianExtension.class)
public class FinalReportIT {

    static final Actor FATIMA = new Actor("fatima", null, Set.of(Role.FINANCE));
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Stockholm"));

    @Resource(lookup = "java:jboss/datasources/AnslagDS")
    DataSource database;

    private Scenarios given;
    private FinalReports finalReports;
    private Payments payments;

    @BeforeEach
    void services() {
        given = new Scenarios();
        finalReports = Scenarios.ejb(FinalReports.class);
        payments = Scenarios.ejb(Payments.class);
    }

    @Test
    public void aFinalReportSentBackOnceIsRevisedApprovedAndItsUnderspendBecomesAClaimFinanceRecordsAsRecovered() throws Exception {
        String number = lastReportApproved();
        payments.recordPaid(FATIMA, number, 1, TODAY, "BG-1");
        payments.release(FATIMA, number, 2);
        payments.recordPaid(FATIMA, number, 2, TODAY, "BG-2");

        WebClient anna = signedIn("anna");
        String tasks = anna.get("workflow/tasks.xhtml").body();
        assertContains(tasks, "followup/submit-final-report.xhtml?number=" + number);
        String form = anna.get("followup/submit-final-report.xhtml?number=" + number).body();
        assertContains(text(form), "Projektets mål (ur ansökan)", "En testbädd.");

        Map<String, String> report = new LinkedHashMap<>();
        report.put("final:outcomes", "Idéslussen tog emot 40 idéer; 6 blev verklighet.");
        report.put("final:results:0:resultTitle", "Idéslussens arbetssätt");
        report.put("final:results:0:resultDescription", "Mallar och rutiner för att ta emot och pröva idéer.");
        report.put("final:results:0:contactRole", "Innovationsledare");
        report.put("final:results:0:contactEmail", "");
        report.put("final:results:0:licence", "CC_BY_4_0");
        report.put("final:results:0:licenceTerms", "");
        report.put("final:lessons", "Börja i liten skala.");
        report.put("final:totalSpent", "-5");
        String refused = anna.submit(form, "final", report, "final:submit").body();
        assertContains(text(refused), "Totalt använt belopp (kr): Beloppet får inte vara negativt",
                "Resultat 1 – Kontaktens e-postadress: Fyll i det här fältet.",
                "Idéslussens arbetssätt", "Börja i liten skala.", "value=\"-5\"");
        assertTrue(finalReports.latestOf(number).isEmpty(), "nothing is saved on a slip");

        report.put("final:results:0:contactEmail", "innovation.sundsvall.se");
        report.put("final:totalSpent", "380 000");
        String withResults = anna.submit(refused, "final", report, "final:add-result").body();
        assertContains(text(withResults), "Resultat 2", "value=\"innovation.sundsvall.se\"");
        report.put("final:results:1:resultTitle", "Bokningssystem för testbädden");
        report.put("final:results:1:resultDescription", "Källkoden till bokningen av testbädden.");
        report.put("final:results:1:contactRole", "IT-chef");
        report.put("final:results:1:contactEmail", "it@sundsvall.se");
        report.put("final:results:1:licence", "OPEN_SOURCE");
        report.put("final:results:1:licenceTerms", "");
        assertContains(text(anna.submit(withResults, "final", report, "final:submit").body()),
                "Resultat 1 – Kontaktens e-postadress: Ange en e-postadress", "Resultat 2 – Licensens namn eller villkoren: Fyll i det här fältet.");
        report.put("final:results:0:contactEmail", "innovation@sundsvall.se");
        report.put("final:results:1:licenceTerms", "EUPL-1.2");
        HttpResponse<String> sent = anna.submit(withResults, "final", report, "final:submit");
        assertEquals(302, sent.statusCode(), sent.body());
        HttpResponse<String> twice = anna.submit(withResults, "final", report, "final:submit");
        assertFalse(twice.statusCode() >= 500, "a double click is refused, not an error: " + twice.statusCode());
        assertEquals(1, finalReports.versionsOf(number).size(), "a double click sends one version");

        WebClient lars = signedIn("lars");
        assertContains(lars.get("workflow/tasks.xhtml").body(), "followup/assess-final-report.xhtml?number=" + number);
        String assessment = lars.get("followup/assess-final-report.xhtml?number=" + number).body();
        assertContains(text(assessment), "380 000 kr", "Idéslussens arbetssätt", "innovation@sundsvall.se",
                "CC BY 4.0", "Licens för öppen källkod – EUPL-1.2");
        assertEquals(302, lars.submit(assessment, "assess", Map.of("assess:score", "3",
                "assess:assessment", "Beskriv vad idéerna ledde till."), "assess:send-back").statusCode());
        assertEquals(ApplicationStatus.GRANTED, given.applications.byNumber(number).getStatus(), "sent back: still open");

        String revision = anna.get("followup/submit-final-report.xhtml?number=" + number).body();
        assertContains(text(revision), "Beskriv vad idéerna ledde till.", "Idéslussen tog emot 40 idéer",
                "value=\"innovation@sundsvall.se\"", ">EUPL-1.2</textarea>", "value=\"380 000\"");
        Map<String, String> revised = new LinkedHashMap<>(report);
        revised.put("final:outcomes", "Idéslussen tog emot 40 idéer; 6 blev verklighet och 2 sprids till grannkommuner.");
        assertEquals(302, anna.submit(revision, "final", revised, "final:submit").statusCode());

        String second = lars.get("followup/assess-final-report.xhtml?number=" + number).body();
        assertContains(text(second), "Version 1", "Version 2", "Skickad tillbaka", "2 sprids till grannkommuner");
        assertEquals(302, lars.submit(second, "assess", Map.of("assess:score", "6",
                "assess:assessment", "Tydligt och användbart."), "assess:approve").statusCode());

        given.awaitStatus(number, ApplicationStatus.CLOSED);
        List<FinalReport> versions = finalReports.versionsOf(number);
        assertEquals(List.of(1, 2), versions.stream().map(FinalReport::getRevision).toList());
        assertEquals(2, versions.get(1).getResults().size());
        assertContains(text(signedIn("tomas").get("application/application.xhtml?number=" + number).body()),
                "Slutrapport", "Bokningssystem för testbädden", "it@sundsvall.se", "Licens för öppen källkod – EUPL-1.2");

        WebClient fatima = signedIn("fatima");
        String claims = fatima.get("finance/recovery-claims.xhtml").body();
        assertContains(text(claims), number, "500 000 kr", "380 000 kr", "120 000 kr", "Öppet");
        RecoveryClaim claim = Scenarios.ejb(Recoveries.class).claimOf(given.applications.byNumber(number)).orElseThrow();
        assertEquals(0, new BigDecimal("120000").compareTo(claim.getAmount()), "paid 500 000 − spent 380 000");
        assertEquals(1, outboxRows("recovery-claim:" + number + ":anna"), "the coordinator is told once");

        String record = fatima.get("finance/recovery-claims.xhtml?claim=" + claim.getId()).body();
        Map<String, String> repayment = new LinkedHashMap<>(Map.of("recovery:recoveredOn_input", TODAY.plusDays(1).toString(),
                "recovery:reference", "BG 5050-1055 / 99"));
        assertContains(text(fatima.submit(record, "recovery", repayment, "recovery:record").body()),
                "Återbetalningsdag: Återbetalningsdagen kan inte ligga i framtiden", "value=\"BG 5050-1055 / 99\"");
        repayment.put("recovery:recoveredOn_input", TODAY.toString());
        assertEquals(302, fatima.submit(record, "recovery", repayment, "recovery:record").statusCode());
        assertEquals(302, fatima.submit(record, "recovery", repayment, "recovery:record").statusCode(),
                "the same repayment recorded twice changes nothing");
        assertContains(text(fatima.get("finance/recovery-claims.xhtml").body()), "Återbetalt " + TODAY, "BG 5050-1055 / 99");

        finalReports.close(given.applications.byNumber(number).getId());
        List<String> audited = Scenarios.ejb(AuditLog.class).about("application:" + number).stream()
                .map(entry -> entry.getActor() + " " + entry.getAction() + " " + entry.getDetails())
                .filter(entry -> entry.matches("\\S+ (SUBMIT_FINAL_REPORT|ASSESS_FINAL_REPORT|RAISE_RECOVERY_CLAIM|RECORD_RECOVERY) .*")
                        || entry.endsWith("→ CLOSED"))
                .toList();
        assertEquals(List.of(
                "anna SUBMIT_FINAL_REPORT version 1, total spent 380000 kr, 2 results",
                "lars ASSESS_FINAL_REPORT version 1, score 3, sent back for revision",
                "anna SUBMIT_FINAL_REPORT version 2, total spent 380000 kr, 2 results",
                "lars ASSESS_FINAL_REPORT version 2, score 6, approved",
                "system RAISE_RECOVERY_CLAIM 120000 kr: paid 500000 kr, spent 380000 kr",
                "system STATUS GRANTED → CLOSED",
                "fatima RECORD_RECOVERY 120000 kr recovered " + TODAY + ", reference BG 5050-1055 / 99"),
                audited, "a closing run again raises no second claim");
    }

    @Test
    public void anInstallmentNotReleasedWhenTheProjectClosesIsCancelledAndNoLongerWaitsForFinance() {
        String number = lastReportApproved();
        payments.recordPaid(FATIMA, number, 1, TODAY, "BG-1");
        assertEquals(Set.of(1), Scenarios.ejb(GrantApplicationProcess.class).periodsAwaitingRelease(number));

        given.closeWithFinalReport(number, "lars", "200000");

        List<Installment> plan = Scenarios.ejb(Disbursements.class).planOf(FATIMA, given.applications.byNumber(number).getId());
        assertEquals(List.of(Installment.Status.PAID, Installment.Status.CANCELLED), plan.stream().map(Installment::getStatus).toList());
        assertEquals(Set.of(), Scenarios.ejb(GrantApplicationProcess.class).periodsAwaitingRelease(number),
                "nothing is left for finance to release");
        assertEquals("payment.cancelled", assertThrows(RuleViolation.class, () -> payments.release(FATIMA, number, 2)).messageKey());
        RecoveryClaim claim = Scenarios.ejb(Recoveries.class).claimOf(given.applications.byNumber(number)).orElseThrow();
        assertEquals(0, new BigDecimal("50000").compareTo(claim.getAmount()), "paid 250 000 (the advance) − spent 200 000");
        assertContains(text(signedIn("anna").get("application/application.xhtml?number=" + number).body()),
                "Utgår (projektet avslutat)", "Återkrav 50 000 kr");
    }

    /** The page's text with the no-break spaces of amounts read as plain ones. */
    private static String text(String html) {
        return ServerPages.text(html).replace('\u00a0', ' ').replace('\u202f', ' ');
    }

    /** A grant of 500 000 kr with one reporting period, its report approved by lars: the final report is asked for. */
    private String lastReportApproved() {
        FundingCall call = given.reportingOn(given.openCall("5000000", "lars"), TODAY.plusMonths(6));
        String number = given.followedUp(given.completeDraft(call, "500000"), "lars");
        FollowUps followUps = Scenarios.ejb(FollowUps.class);
        followUps.submit(given.anna, number, new ReportContent("Perioden är klar.", Map.of(), List.of()));
        followUps.assess(Scenarios.evaluator("lars"), number, 6, "Godkänd.");
        return number;
    }

    private int outboxRows(String dedupeKey) throws SQLException {
        try (Connection connection = database.getConnection();
             PreparedStatement statement = connection.prepareStatement("select count(*) from outbox_message where dedupe_key = ?")) {
            statement.setString(1, dedupeKey);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getInt(1);
            }
        }
    }
}
