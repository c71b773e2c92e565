package org.anslag.it.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import javax.sql.DataSource;
import org.anslag.application.ApplicationStatus;
import org.anslag.application.GrantApplication;
import org.anslag.attachment.Attachment;
import org.anslag.attachment.AttachmentStore;
import org.anslag.attachment.Attachments;
import org.anslag.attachment.Upload;
import org.anslag.audit.AuditLog;
import org.anslag.it.support.Scenarios;
import org.anslag.retention.RecordKind;
import org.anslag.retention.Retention;
import org.anslag.retention.RetentionRun;
import org.anslag.shared.AccessDenied;
import org.anslag.shared.Actor;
import org.anslag.shared.Role;
import org.anslag.shared.RuleViolation;
import org.anslag.workflow.ProcessEngineBootstrap;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The retention rules applied inside the server: a draft left untouched for longer than its rule
 * loses what was typed and its file, a newer one keeps everything; old read-log entries go; the
 * counts are recorded and audited, and a second run finds nothing more. ADMIN's "run now" goes
 * through the retention process and its job, and a period out of range is refused.
 */
@ExtendWith(ArquillianExtension.class)
public class RetentionIT {

    private static final Actor ADAM = new Actor("adam", null, java.util.Set.of(Role.ADMIN));

    @Resource(lookup = "java:jboss/datasources/AnslagDS")
    DataSource database;

    @Test
    public void aRunRemovesWhatOutlivedItsRuleKeepsTheRestAndASecondRunFindsNothingMore() throws Exception {
        Scenarios given = new Scenarios();
        var call = given.openCall("5000000", "erik");
        GrantApplication stale = given.completeDraft(call, "100000");
        GrantApplication recent = given.completeDraft(call, "100000");
        Attachment file = attach(given, stale, "%PDF-1.4\n% gammal plan " + stale.getNumber() + "\n%%EOF\n");
        Instant threeYearsAgo = Instant.now().minus(Duration.ofDays(3 * 365));
        update("update grant_application set created_at = ? where id = ?", threeYearsAgo, stale.getId());
        update("update audit_entry set occurred_at = ? where subject = ?", threeYearsAgo, "application:" + stale.getNumber());
        update("insert into read_entry (username, roles, application_id, application_number, what, read_at) "
                + "values ('maria', 'PROGRAMME_MANAGER', ?, ?, 'APPLICATION_PAGE', ?)", recent.getId(), recent.getNumber(), threeYearsAgo);
        Path stored = attachments().resolve(file.getSha256().substring(0, 2)).resolve(file.getSha256());
        assertTrue(Files.exists(stored), "the file is stored before the run");

        RetentionRun run = Scenarios.ejb(Retention.class).apply("retention-it");

        GrantApplication erased = given.applications.byNumber(stale.getNumber());
        assertEquals(ApplicationStatus.ERASED, erased.getStatus(), "a status of its own: it was never withdrawn");
        assertEquals("Gallrat utkast", erased.getTitle());
        assertNull(erased.getSummary(), "what was typed is gone");
        assertTrue(Scenarios.ejb(Attachments.class).ofApplication(stale.getId()).isEmpty(), "its attachment is gone");
        assertFalse(Files.exists(stored), "and so is the file");
        GrantApplication kept = given.applications.byNumber(recent.getNumber());
        assertEquals(ApplicationStatus.DRAFT, kept.getStatus());
        assertEquals(recent.getTitle(), kept.getTitle(), "a recent draft keeps everything");
        assertEquals(0, count("select count(*) from read_entry where application_id = ? and read_at < ?", recent.getId(),
                Instant.now().minus(Duration.ofDays(731))), "the old read-log entry is gone");
        assertTrue(run.getStaleDrafts() >= 1 && run.getReadEntries() >= 1, "counted: " + run.getStaleDrafts() + " drafts, "
                + run.getReadEntries() + " read-log entries");
        assertTrue(Scenarios.ejb(AuditLog.class).about("retention").stream().anyMatch(entry -> entry.getAction().equals("RETENTION_RUN")
                && entry.getDetails().startsWith("drafts " + run.getStaleDrafts() + ",")), "the run is audited with its counts");
        var definitions = Scenarios.ejb(ProcessEngineBootstrap.class).engine().getRepositoryService()
                .createProcessDefinitionQuery().list();
        assertTrue(definitions.stream().allMatch(definition -> Integer.valueOf(180).equals(definition.getHistoryTimeToLive())),
                "Camunda's history cleanup keeps finished processes as long as the rule says");

        RetentionRun again = Scenarios.ejb(Retention.class).apply("retention-it");

        assertEquals(0, again.getStaleDrafts(), "nothing more to erase");
        assertEquals(0, again.getReadEntries());
        assertEquals(0, again.getProcessDefinitions());
    }

    @Test
    public void anAdministratorsRunGoesThroughTheRetentionProcessAndOthersMayNotStartOne() throws Exception {
        Retention retention = Scenarios.ejb(Retention.class);
        long before = count("select count(*) from retention_run where started_by = 'adam'");

        retention.runNow(ADAM);

        Instant patience = Instant.now().plusSeconds(60);
        while (count("select count(*) from retention_run where started_by = 'adam'") == before && Instant.now().isBefore(patience)) {
            Thread.sleep(250);
        }
        assertEquals(before + 1, count("select count(*) from retention_run where started_by = 'adam'"),
                "the process's job ran the rules once");
        assertThrows(AccessDenied.class, () -> retention.runNow(Scenarios.evaluator("lars")));
        assertThrows(AccessDenied.class, () -> retention.rules(new Scenarios().maria));
    }

    @Test
    public void aPeriodOutOfRangeIsRefusedAndTheRuleKeepsItsDays() {
        Retention retention = Scenarios.ejb(Retention.class);
        int days = retention.rules(ADAM).stream().filter(rule -> rule.getRecordKind() == RecordKind.READ_LOG)
                .findFirst().orElseThrow().getKeepDays();

        RuleViolation refused = assertThrows(RuleViolation.class, () -> retention.change(ADAM, RecordKind.READ_LOG, 0));

        assertEquals("keepDays", refused.field());
        assertEquals(days, retention.rules(ADAM).stream().filter(rule -> rule.getRecordKind() == RecordKind.READ_LOG)
                .findFirst().orElseThrow().getKeepDays());
    }

    private static Attachment attach(Scenarios given, GrantApplication draft, String pdf) {
        Attachments attachments = Scenarios.ejb(Attachments.class);
        try (Upload upload = jakarta.enterprise.inject.spi.CDI.current().select(AttachmentStore.class).get().receive(
                new ByteArrayInputStream(pdf.getBytes(StandardCharsets.US_ASCII)), Attachments.maxBytes())) {
            return attachments.upload(given.anna, draft.getId(), "plan.pdf", upload);
        }
    }

    private static Path attachments() {
        return jakarta.enterprise.inject.spi.CDI.current().select(AttachmentStore.class).get().root();
    }

    private void update(String sql, Object... values) throws Exception {
        try (Connection connection = database.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, values);
            statement.executeUpdate();
        }
    }

    private long count(String sql, Object... values) throws Exception {
        try (Connection connection = database.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, values);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    private static void bind(PreparedStatement statement, Object... values) throws Exception {
        for (int i = 0; i < values.length; i++) {
            Object value = values[i] instanceof Instant instant ? Timestamp.from(instant.truncatedTo(ChronoUnit.MICROS)) : values[i];
            statement.setObject(i + 1, value);
        }
    }
}
