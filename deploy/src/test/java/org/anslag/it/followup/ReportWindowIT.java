package org.anslag.it.followup;

import static org.anslag.it.support.ServerPages.assertContains;
import static org.anslag.it.support.ServerPages.signedIn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;
import org.anslag.audit.AuditLog;
import org.anslag.call.FundingCall;
import org.anslag.call.ReportTiming;
import org.anslag.followup.FollowUps;
import org.anslag.followup.ReportContent;
import org.anslag.followup.ReportReminders;
import org.anslag.followup.ReportingPeriod;
import org.anslag.followup.ReportingSchedule;
import org.anslag.followup.ScheduleMoved;
import org.anslag.it.support.MailServer;
import org.anslag.it.support.Scenarios;
import org.anslag.it.support.ServerPages;
import org.anslag.it.support.WebClient;
import org.anslag.shared.Clocks;
import org.anslag.shared.RuleViolation;
import org.anslag.workflow.GrantApplicationProcess;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A period's report waits for its window on the real server: the manager times the call's reports
 * on its page, the coordinator's form says when the report opens and refuses it before, an
 * extension (the schedule moved) and a changed timing move the waiting timers, and the reminder
 * and the overdue notice each reach their readers exactly once, though their jobs run again.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
public class ReportWindowIT {

    private static final String ANNA_MAIL = "anna@demo.anslag.se";
    private static final String MARIA_MAIL = "maria@demo.anslag.se";
    private static final String REMINDER_SUBJECT = "Påminnelse: lägesrapporten för";
    private static final String OVERDUE_SUBJECT = "(period 1) är försenad";
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Resource(lookup = "java:comp/UserTransaction")
    UserTransaction tx;
    @Resource(lookup = "java:jboss/datasources/AnslagDS")
    DataSource database;

    /** Runs in the test JVM only (Arquillian skips it in the server): the SMTP server the server mails to. */
    @BeforeAll
    static void mailServer() {
        MailServer.start();
    }

    @AfterEach
    void noTransactionLeftOpen() throws Exception {
        if (tx != null && tx.getStatus() != Status.STATUS_NO_TRANSACTION) {
            tx.rollback();
        }
    }

    @Test
    @Order(1)
    public void aReportWaitsForItsWindowWhoseTimersFollowTheScheduleAndMailOnce() throws Exception {
        Scenarios given = new Scenarios();
        LocalDate periodEnd = LocalDate.now(Clocks.STOCKHOLM).plusDays(60);
        FundingCall call = given.reportingOn(given.openCall("5000000", "erik"), periodEnd);

        WebClient maria = signedIn("maria");
        String callPage = "call/edit-call.xhtml?call=" + call.getId();
        Map<String, String> timing = new LinkedHashMap<>(Map.of("report-window:reportOpensDaysBefore", "tjugo",
                "report-window:reportDueDaysAfter", "30", "report-window:reportReminderDaysBefore", "7"));
        assertContains(ServerPages.text(maria.submit(maria.get(callPage).body(), "report-window", timing,
                "report-window:save-report-window").body()), "Rapporten öppnar, dagar före periodens slut: Ange ett heltal",
                "value=\"tjugo\"");
        timing.put("report-window:reportOpensDaysBefore", "400");
        assertContains(ServerPages.text(maria.submit(maria.get(callPage).body(), "report-window", timing,
                "report-window:save-report-window").body()), "Ange ett helt antal dagar från 0 till 365.");
        timing.put("report-window:reportOpensDaysBefore", "20");
        timing.put("report-window:reportReminderDaysBefore", "60");
        assertContains(ServerPages.text(maria.submit(maria.get(callPage).body(), "report-window", timing,
                "report-window:save-report-window").body()), "Påminnelsen kan inte komma innan rapporten öppnar: ange högst 50 dagar.");
        timing.put("report-window:reportReminderDaysBefore", "7");
        assertEquals(302, maria.submit(maria.get(callPage).body(), "report-window", timing,
                "report-window:save-report-window").statusCode());
        assertEquals(20, given.calls.call(call.getId()).getReportTiming().getOpensDaysBefore(), "saved from the page");

        String number = given.followedUp(given.completeDraft(call, "500000"), "erik");
        Long applicationId = given.applications.byNumber(number).getId();
        GrantApplicationProcess process = Scenarios.ejb(GrantApplicationProcess.class);
        assertTrue(process.isWaitingForReportWindow(number), "the report waits for its window");
        assertEquals(startOf(periodEnd.minusDays(20)), dueDateOf(number, GrantApplicationProcess.REPORT_WINDOW_OPENS),
                "the window opens 20 days before the period ends");

        WebClient anna = signedIn("anna");
        String form = ServerPages.text(anna.get("followup/submit-progress-report.xhtml?number=" + number).body());
        assertContains(form, "Rapporten kan inte lämnas ännu. Den kan lämnas från " + periodEnd.minusDays(20)
                + " och ska vara inne senast " + periodEnd.plusDays(30) + ".");
        assertFalse(form.contains("report:narrative"), "no form to fill in before the window opens");
        assertContains(ServerPages.text(anna.get("application/application.xhtml?number=" + number).body()),
                "Nästa lägesrapport", "Period 1", periodEnd.minusDays(20).toString(), periodEnd.plusDays(30).toString());
        FollowUps followUps = Scenarios.ejb(FollowUps.class);
        RuleViolation early = assertThrows(RuleViolation.class,
                () -> followUps.submit(given.anna, number, new ReportContent("För tidigt.", Map.of(), List.of())));
        assertEquals("report.windowNotOpen", early.messageKey());
        assertEquals(periodEnd.minusDays(20).toString(), early.arguments()[0]);

        LocalDate extended = periodEnd.plusDays(90);
        moveSchedule(applicationId, number, extended);
        assertEquals(startOf(extended.minusDays(20)), dueDateOf(number, GrantApplicationProcess.REPORT_WINDOW_OPENS),
                "the waiting timer follows the extension");
        assertEquals(Date.from(startOf(extended.minusDays(20))), process.variable(number, "reportOpensAt").orElseThrow(),
                "and so do the process's variables");

        given.calls.timeReports(given.maria, call.getId(), new ReportTiming(ReportTiming.MAX_DAYS, 30, 7));
        waitUntil(() -> process.isWaitingAt(number, GrantApplicationProcess.SUBMIT_PROGRESS_REPORT),
                "the window opened once the call's timing put its start in the past");
        assertEquals(startOf(extended.plusDays(30 - 7)), dueDateOf(number, GrantApplicationProcess.REPORT_DUE_SOON));
        assertEquals(startOf(extended.plusDays(31)), dueDateOf(number, GrantApplicationProcess.REPORT_OVERDUE),
                "overdue once the due date has passed");
        moveSchedule(applicationId, number, extended.plusDays(10));
        assertEquals(startOf(extended.plusDays(10 + 30 - 7)), dueDateOf(number, GrantApplicationProcess.REPORT_DUE_SOON),
                "the open report's reminder follows a later extension");
        assertEquals(startOf(extended.plusDays(10 + 31)), dueDateOf(number, GrantApplicationProcess.REPORT_OVERDUE));

        fireNow(number, GrantApplicationProcess.REPORT_DUE_SOON);
        waitUntil(() -> outboxRows("report-due:" + applicationId + ":1:anna") == 1, "the reminder is queued");
        tx.begin();
        Scenarios.ejb(ReportReminders.class).dueSoon(applicationId, 1);
        tx.commit();
        fireNow(number, GrantApplicationProcess.REPORT_OVERDUE);
        waitUntil(() -> outboxRows("report-overdue:" + applicationId + ":1:maria") == 1, "the managers are told");
        tx.begin();
        Scenarios.ejb(ReportReminders.class).overdue(applicationId, 1);
        tx.commit();

        assertEquals(1, outboxRows("report-due:" + applicationId + ":1:anna"), "one reminder, though it ran twice");
        assertEquals(1, outboxRows("report-overdue:" + applicationId + ":1:maria"), "one notice to each manager");
        assertEquals(1, outboxRows("report-overdue:" + applicationId + ":1:per"));
        assertEquals(1, outboxRows("report-overdue:" + applicationId + ":1:anna"), "and one to the coordinator");
        assertTrue(process.isWaitingAt(number, GrantApplicationProcess.SUBMIT_PROGRESS_REPORT), "the report is still awaited");
        assertTrue(Scenarios.ejb(AuditLog.class).about("application:" + number).stream()
                .anyMatch(entry -> entry.getAction().equals("REPORT_OVERDUE")), "the lateness is in the history");

        followUps.submit(given.anna, number, new ReportContent("Sent men klart.", Map.of(), List.of()));
        assertTrue(process.isWaitingAt(number, GrantApplicationProcess.ASSESS_PROGRESS_REPORT));
    }

    @Test
    @Order(2)
    @RunAsClient
    public void theCoordinatorIsRemindedAndTheManagersToldExactlyOnce() throws Exception {
        assertEquals(1, MailServer.await(ANNA_MAIL, REMINDER_SUBJECT, 1, PATIENCE).size(), "reminders to the coordinator");
        assertEquals(1, MailServer.await(MARIA_MAIL, OVERDUE_SUBJECT, 1, PATIENCE).size(), "overdue notices to a manager");
        assertEquals(1, MailServer.await(ANNA_MAIL, OVERDUE_SUBJECT, 1, PATIENCE).size(), "overdue notices to the coordinator");
        Thread.sleep(Duration.ofSeconds(6).toMillis()); // one more round of the outbox schedule
        var reminders = MailServer.to(ANNA_MAIL, REMINDER_SUBJECT);
        assertEquals(1, reminders.size(), "reminders after the schedule ran again");
        assertEquals(1, MailServer.to(MARIA_MAIL, OVERDUE_SUBJECT).size());
        assertTrue(MailServer.body(reminders.get(0)).contains("followup/submit-progress-report.xhtml?number="),
                "the reminder links to the report form");
    }

    /** Moves the grant's only period, as an approved extension does, and says so. */
    private void moveSchedule(Long applicationId, String number, LocalDate newEnd) throws Exception {
        ReportingSchedule schedule = Scenarios.ejb(ReportingSchedule.class);
        tx.begin();
        for (ReportingPeriod period : schedule.periodsOf(applicationId)) {
            schedule.move(period, newEnd);
        }
        CDI.current().getBeanManager().getEvent().select(ScheduleMoved.class).fire(new ScheduleMoved(applicationId, number));
        tx.commit();
    }

    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay(Clocks.STOCKHOLM).toInstant();
    }

    private static Job timer(String number, String activityId) {
        var engine = new Scenarios().bootstrap.engine();
        String instance = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(number)
                .singleResult().getId();
        return engine.getManagementService().createJobQuery().processInstanceId(instance).activityId(activityId).singleResult();
    }

    private static Instant dueDateOf(String number, String activityId) {
        return timer(number, activityId).getDuedate().toInstant();
    }

    /** Makes the waiting timer due now: the job executor fires it, as it would on the day. */
    private static void fireNow(String number, String activityId) {
        ManagementService management = new Scenarios().bootstrap.engine().getManagementService();
        management.setJobDuedate(timer(number, activityId).getId(), new Date());
    }

    private static void waitUntil(BooleanSupplier condition, String what) throws InterruptedException {
        Instant giveUp = Instant.now().plus(PATIENCE);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(giveUp)) {
                throw new AssertionError("waited in vain: " + what);
            }
            Thread.sleep(200);
        }
    }

    private long outboxRows(String dedupeKey) {
        try (Connection connection = database.getConnection();
             PreparedStatement statement = connection.prepareStatement("select count(*) from outbox_message where dedupe_key = ?")) {
            statement.setString(1, dedupeKey);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
