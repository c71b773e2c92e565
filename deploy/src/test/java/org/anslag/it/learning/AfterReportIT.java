package org.anslag.it.learning;

import static org.anslag.it.support.ServerPages.assertContains;
import static org.anslag.it.support.ServerPages.signedIn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.anslag.call.FundingCall;
import org.anslag.followup.FollowUps;
import org.anslag.followup.ReportContent;
import org.anslag.it.support.Html;
import org.anslag.it.support.MailServer;
import org.anslag.it.support.Scenarios;
import org.anslag.it.support.ServerPages;
import org.anslag.it.support.WebClient;
import org.anslag.learning.AfterReportAnswer;
import org.anslag.learning.AfterReports;
import org.anslag.learning.StillInUse;
import org.anslag.shared.RuleViolation;
import org.anslag.workflow.AfterReportProcess;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The after-report on the real server: closing a project starts it; its 12-month timer (run now)
 * sends the coordinator the questionnaire and a task; the answer is stored once, with each
 * adopting municipality as spread; the 24-month round is reminded and expires unanswered, and the
 * manager sees all of it on the overview and in its download.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
public class AfterReportIT {

    private static final String ANNA_MAIL = "anna@demo.anslag.se";
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Stockholm"));

    @Resource(lookup = "java:jboss/datasources/AnslagDS")
    DataSource database;

    /** Runs in the test JVM only (Arquillian skips it in the server): the SMTP server the server mails to. */
    @BeforeAll
    static void mailServer() {
        MailServer.start();
    }

    @Test
    @Order(1)
    public void aClosedProjectIsAskedAfterTwelveMonthsAndItsAnswerCountsTheAdoptionsOnce() throws Exception {
        Scenarios given = new Scenarios();
        String number = closedProject(given);
        Long applicationId = given.applications.byNumber(number).getId();
        LocalDate asksOn = AfterReportTimers.timer(given, number, "Timer_12Months").getDuedate().toInstant()
                .atZone(ZoneId.of("Europe/Stockholm")).toLocalDate();
        assertTrue(Math.abs(asksOn.toEpochDay() - TODAY.plusMonths(12).toEpochDay()) <= 1, "asked 12 months after closing: " + asksOn);

        WebClient anna = signedIn("anna");
        String form = "followup/answer-after-report.xhtml?number=" + number + "&months=12";
        assertEquals(404, anna.get(form).statusCode(), "nothing to answer before the 12 months have passed");

        AfterReportTimers.fire(given, number, "Timer_12Months");

        assertEquals(1, count("select count(*) from after_report where application_id = ? and months = 12 and status = 'SENT'", applicationId));
        assertEquals(1, count("select count(*) from outbox_message where dedupe_key = ?", "afterReportSent:" + applicationId + ":12:anna"));
        String tasks = anna.get("workflow/tasks.xhtml").body();
        assertContains(Html.unescape(tasks), "followup/answer-after-report.xhtml?number=" + number + "&months=12", "Efterrapport 12 månader");
        assertEquals(403, signedIn("tomas").get(form).statusCode(), "a partner's user does not answer for the coordinator");
        assertEquals(403, signedIn("maria").get(form).statusCode());
        assertEquals(404, anna.get("followup/answer-after-report.xhtml?number=" + number + "&months=13").statusCode());

        String page = anna.get(form).body();
        assertContains(text(page), "Efterrapport 12 månader", "Används resultatet fortfarande?");
        Map<String, String> answer = new LinkedHashMap<>();
        answer.put("answer:adoptedIn", "Ånge\nXyzby");
        answer.put("answer:effects", "Tre kommuner arbetar nu med idéslussen.");
        String refused = anna.submit(page, "answer", answer, "answer:submit").body();
        assertContains(text(refused), "Infört i kommuner: vi känner inte igen ”Xyzby”", "Xyzby", "Tre kommuner arbetar nu med idéslussen.");
        answer.put("answer:adoptedIn", "Ånge\n2580");
        String noChoice = anna.submit(refused, "answer", answer, "answer:submit").body();
        assertContains(text(noChoice), "Används resultatet fortfarande: välj ja, delvis eller nej.");
        assertEquals(0, count("select count(*) from result_uptake where application_id = ?", applicationId), "nothing saved on a slip");

        answer.put("answer:stillInUse", "PARTLY");
        assertEquals(302, anna.submit(noChoice, "answer", answer, "answer:submit").statusCode());
        assertEquals(1, count("select count(*) from after_report where application_id = ? and months = 12 and status = 'ANSWERED'"
                + " and still_in_use = 'PARTLY'", applicationId));
        assertEquals(2, count("select count(*) from result_uptake where application_id = ? and kind = 'ADOPTION'", applicationId),
                "Ånge and Luleå adopted the result");
        assertFalse(Scenarios.ejb(AfterReportProcess.class).isWaitingFor(number, 12), "the round's task is done");

        assertTrue(anna.submit(noChoice, "answer", answer, "answer:submit").statusCode() != 302, "a second submission is not taken");
        String answered = text(anna.get(form).body());
        assertContains(answered, "Ert svar", "Besvarad");
        assertFalse(answered.contains("Skicka efterrapporten"), "an answered round shows the answer, no form");
        RuleViolation again = assertThrows(RuleViolation.class, () -> Scenarios.ejb(AfterReports.class).answer(given.anna, number, 12,
                new AfterReportAnswer(StillInUse.YES, List.of(given.tomas.organisationId()), "Igen.")));
        assertEquals("afterReport.error.answered", again.messageKey());
        assertEquals(2, count("select count(*) from result_uptake where application_id = ?", applicationId), "a second submission adds nothing");
        assertContains(text(anna.get(form).body()), "Ert svar", "Delvis", "Ånge");

        AfterReportTimers.fire(given, number, "Timer_24Months");
        AfterReportTimers.fire(given, number, "BoundaryEvent_Remind24");
        assertEquals(1, count("select count(*) from outbox_message where dedupe_key = ?", "afterReportReminder:" + applicationId + ":24:anna"));
        AfterReportTimers.fire(given, number, "BoundaryEvent_AfterReport24Overdue");
        assertEquals(1, count("select count(*) from after_report where application_id = ? and months = 24 and status = 'OVERDUE'", applicationId));
        assertEquals(0, given.bootstrap.engine().getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(AfterReportProcess.businessKey(number)).count(), "both rounds done, the process ends");
        String expired = text(anna.get("followup/answer-after-report.xhtml?number=" + number + "&months=24").body());
        assertContains(expired, "Försenad, obesvarad");
        assertFalse(expired.contains("Skicka efterrapporten"), "an expired round takes no answer");

        WebClient maria = signedIn("maria");
        String overview = text(maria.get("learning/after-reports.xhtml?programme="
                + given.applications.byNumber(number).getCall().getProgramme().getId()).body());
        assertContains(overview, number, "Besvarad", "Delvis", "Tre kommuner arbetar nu med idéslussen.", "Försenad, obesvarad");
        assertContains(overview, "Skickad, väntar på svar: 0", "Besvarad: 1", "Försenad, obesvarad: 1");
        assertFalse(overview.contains("anna"), "who answered is not shown");
        String csv = new String(maria.download("api/learning/figures/after-reports.csv?programme="
                + given.applications.byNumber(number).getCall().getProgramme().getId()).body(), java.nio.charset.StandardCharsets.UTF_8);
        assertContains(csv, number, "Delvis", "Tre kommuner arbetar nu med idéslussen.");
        assertEquals(422, maria.download("api/learning/figures/after-reports.csv?programme=abc").statusCode(), "a bad filter is named, not a 500");
    }

    @Test
    @Order(2)
    @RunAsClient
    public void theCoordinatorIsMailedTheQuestionnaireAndTheReminder() {
        var asked = MailServer.await(ANNA_MAIL, "Efterrapport 12 månader", 1, PATIENCE);
        assertFalse(asked.isEmpty(), "the questionnaire is mailed");
        assertEquals(asked.size(), subjects(asked).stream().distinct().count(), "one questionnaire mail per project: " + subjects(asked));
        assertTrue(MailServer.body(asked.get(0)).contains("followup/answer-after-report.xhtml?number="), "it links to the questionnaire");
        var reminded = MailServer.await(ANNA_MAIL, "Påminnelse: efterrapport 24 månader", 1, PATIENCE);
        assertEquals(1, reminded.size(), "one reminder");
    }

    private static List<String> subjects(List<jakarta.mail.internet.MimeMessage> mails) {
        return mails.stream().map(mail -> {
            try {
                return mail.getSubject();
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    /** A grant with one reporting period, its report and final report approved: the project closes. */
    private static String closedProject(Scenarios given) {
        FundingCall call = given.reportingOn(given.openCall("5000000", "lars"), TODAY.plusMonths(6));
        String number = given.followedUp(given.completeDraft(call, "500000"), "lars");
        FollowUps followUps = Scenarios.ejb(FollowUps.class);
        followUps.submit(given.anna, number, new ReportContent("Perioden är klar.", Map.of(), List.of()));
        followUps.assess(Scenarios.evaluator("lars"), number, 6, "Godkänd.");
        given.closeWithFinalReport(number, "lars", "500000");
        return number;
    }

    private static String text(String html) {
        return ServerPages.text(html).replace('\u00a0', ' ').replace('\u202f', ' ');
    }

    private long count(String sql, Object parameter) throws SQLException {
        try (Connection connection = database.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, parameter);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }
}
