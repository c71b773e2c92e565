package org.anslag.it.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.inject.spi.CDI;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import javax.naming.InitialContext;
import javax.sql.DataSource;
import org.anslag.application.ApplicationStatus;
import org.anslag.application.GrantApplication;
import org.anslag.attachment.Attachment;
import org.anslag.attachment.AttachmentStore;
import org.anslag.attachment.Attachments;
import org.anslag.attachment.Upload;
import org.anslag.audit.AuditEntry;
import org.anslag.audit.AuditLog;
import org.anslag.budget.BudgetEntry;
import org.anslag.budget.CostCategory;
import org.anslag.call.AssessmentCriterion;
import org.anslag.call.CallTerms;
import org.anslag.call.CallType;
import org.anslag.call.FundingCall;
import org.anslag.form.ApplicationForms;
import org.anslag.form.Answers;
import org.anslag.form.FormQuestion;
import org.anslag.form.QuestionDraft;
import org.anslag.form.QuestionKind;
import org.anslag.it.support.Scenarios;
import org.anslag.privacy.DataSubjects;
import org.anslag.privacy.SubjectRecord;
import org.anslag.shared.Actor;
import org.anslag.shared.NotFound;
import org.anslag.shared.Role;
import org.anslag.shared.RuleViolation;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs inside the server. An applicant and an evaluator with data everywhere (applications they
 * wrote, form answers, a file, mails, audit entries, review comments, the engine's tasks, history
 * and the serialized "evaluators" variable) are erased; then every text column of every table
 * (Camunda's ACT_* included, byte arrays read as UTF-8), the outbox and the attachment folder are
 * searched for their names, addresses, user names, personal identity number and phone number:
 * nothing is found, and the call's figures are what they were.
 */
@ExtendWith(ArquillianExtension.class)
public class DataSubjectErasureIT {

    // looked up in the test, which runs in the server (the class is also built outside it)
    private Scenarios given;
    private final Actor adam = new Actor("adam", null, Set.of(Role.ADMIN));
    private final Random random = new Random();

    @Test
    public void anErasedApplicantAndEvaluatorLeaveNothingThatIdentifiesThem() throws Exception {
        given = new Scenarios();
        DataSubjects dataSubjects = Scenarios.ejb(DataSubjects.class);
        String suffix = letters(8);
        String Suffix = suffix.substring(0, 1).toUpperCase(Locale.ROOT) + suffix.substring(1);
        String applicant = "ebba" + suffix;
        String applicantName = "Ebba Raderbar" + Suffix;
        String applicantEmail = "ebba." + suffix + "@sundsvall.example";
        String evaluator = "gustav" + suffix;
        String evaluatorName = "Gustav Granskare" + Suffix;
        String evaluatorEmail = "gustav." + suffix + "@granskning.example";
        String personnummer = String.format("%06d-%04d", 100000 + random.nextInt(899999), random.nextInt(10000));
        String phone = String.format("070-%07d", random.nextInt(10_000_000));
        Long sundsvall = given.anna.organisationId();
        createAccount(applicant, applicantName, applicantEmail, sundsvall, Role.APPLICANT);
        createAccount(evaluator, evaluatorName, evaluatorEmail, null, Role.EVALUATOR);
        Actor ebba = new Actor(applicant, sundsvall, Set.of(Role.APPLICANT));
        Actor gustav = Scenarios.evaluator(evaluator);

        // as Scenarios.openCall, with a question on the form (fixed once the call is published)
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        var programme = given.calls.createProgramme(given.maria, "Program " + suffix, new BigDecimal("10000000"),
                LocalDate.now().minusDays(1), LocalDate.now().plusYears(2), "Testprogram");
        given.pool.add(given.maria, programme.getId(), evaluator, false, null);
        FundingCall draftCall = given.calls.createCall(given.maria, programme.getId(), new CallTerms("Utlysning " + suffix,
                CallType.TEST_BED, now.minus(1, ChronoUnit.HOURS), now.plus(30, ChronoUnit.DAYS), new BigDecimal("5000000"),
                new BigDecimal("1000000"), List.of(new CallTerms.Criterion("Nytta", 50), new CallTerms.Criterion("Genomförbarhet", 50))));
        FormQuestion contact = Scenarios.ejb(ApplicationForms.class).add(given.maria, draftCall.getId(), new QuestionDraft(
                "Kontakt", "Contact", "Vem är kontaktperson?", "Who is the contact?", QuestionKind.TEXT, false, 2000, List.of()));
        FundingCall call = given.calls.publish(given.maria, draftCall.getId());
        String aboutHer = "Kontaktperson " + applicantName + ", " + applicantEmail + ", personnummer " + personnummer
                + ", telefon " + phone;

        GrantApplication rejected = draft(call, ebba, "400000", aboutHer);
        Scenarios.ejb(Answers.class).save(ebba, rejected.getId(), Map.of(contact.getId(), aboutHer));
        Attachment herCv = attach(ebba, rejected.getId(), "cv.pdf", "%PDF-1.4 CV " + applicantName + " " + personnummer);
        String rejectedNumber = reviewed(ebba, rejected, gustav, "Sökande " + applicantName + " beskriver väl.");
        given.awards.decide(given.maria, rejectedNumber, false, null, "Avslås. Kontakt: " + applicantName, "sv");
        given.awaitStatus(rejectedNumber, ApplicationStatus.REJECTED);

        GrantApplication granted = draft(call, ebba, "300000", "En testbädd för äldreomsorgen.");
        Attachment archived = attach(ebba, granted.getId(), "tidplan.pdf", "%PDF-1.4 Tidplan " + suffix);
        String grantedNumber = reviewed(ebba, granted, gustav, "Godtagbart.");
        given.awards.decide(given.maria, grantedNumber, true, new BigDecimal("300000"), "Beviljas.", "sv");
        given.awards.acceptAgreement(ebba, grantedNumber);
        given.awaitStatus(grantedNumber, ApplicationStatus.GRANTED);

        List<String> identifying = List.of(applicantName, applicantEmail, applicant, evaluatorName, evaluatorEmail, evaluator,
                personnummer, phone);
        assertTrue(!leftovers(identifying).isEmpty(), "the search finds the people before the erasure");
        String figures = figures(call.getId());

        SubjectRecord record = dataSubjects.record(adam, applicant);
        assertTrue(record.json().contains(applicantEmail) && record.json().contains(rejectedNumber), "the export holds her data");
        assertTrue(record.counts().stream().anyMatch(c -> c.table().equals("attachment")), "her files are listed");
        assertTrue(record.pdf(Locale.ENGLISH).length > 1000, "the export prints");
        SubjectRecord reviewer = dataSubjects.record(adam, evaluator);
        assertTrue(reviewer.counts().stream().anyMatch(c -> c.table().startsWith("act_")), "the engine's tables name the evaluator: "
                + reviewer.counts());

        RuleViolation tooShort = assertThrows(RuleViolation.class, () -> dataSubjects.erase(adam, applicant, List.of("070")));
        assertEquals("others", tooShort.field());
        DataSubjects.Outcome her = dataSubjects.erase(adam, applicant, List.of(personnummer, phone));
        DataSubjects.Outcome him = dataSubjects.erase(adam, evaluator, List.of());

        assertEquals(List.of(), leftovers(identifying), "nothing identifies them after the erasure");
        assertEquals(figures, figures(call.getId()), "the call's figures add up as before");
        assertEquals(1, her.filesDeleted(), "the rejected application's file is deleted");
        assertEquals(1, her.filesHeld(), "the granted project's file is kept (legal hold)");
        AttachmentStore store = CDI.current().select(AttachmentStore.class).get();
        assertFalse(store.holds(herCv.getSha256()), "the deleted file is gone from the store");
        assertTrue(store.holds(archived.getSha256()), "the archived file stays");
        assertTrue(him.rowsPerTable().containsKey("act_ge_bytearray"), "the serialized evaluators list: " + him.rowsPerTable());

        assertFalse(Scenarios.ejb(org.anslag.organisation.Accounts.class).get(adam, "raderad-" + her.erasure()).isActive(),
                "the account is deactivated under its pseudonym");
        assertEquals("Raderad person " + her.erasure(), her.pseudonym());
        List<AuditEntry> audit = Scenarios.ejb(AuditLog.class).about("erasure:" + her.erasure());
        assertEquals(1, audit.size());
        assertTrue(audit.get(0).getDetails().contains(her.rows() + " rows"), audit.get(0).getDetails());
        assertThrows(NotFound.class, () -> dataSubjects.erase(adam, applicant, List.of()), "she is not found again");
        assertThrows(org.anslag.shared.AccessDenied.class, () -> dataSubjects.find(given.maria, "raderad"));
        assertTrue(given.applications.byNumber(rejectedNumber).getStatus() == ApplicationStatus.REJECTED
                && given.applications.byNumber(grantedNumber).getStatus() == ApplicationStatus.GRANTED);
    }

    private GrantApplication draft(FundingCall call, Actor coordinator, String requested, String summary) {
        GrantApplication draft = given.applications.createDraft(coordinator, call.getId(), "Testbädd " + letters(6));
        GrantApplication withPartner = given.applications.addPartner(coordinator, draft.getId(), given.tomas.organisationId());
        given.partnerships.answer(given.tomas, draft.getId(), true, null);
        GrantApplication saved = given.applications.saveDraft(coordinator, draft.getId(), withPartner.getVersion(),
                draft.getTitle(), summary, new BigDecimal(requested));
        given.budgets.save(coordinator, draft.getId(), List.of(new BudgetEntry(coordinator.organisationId(),
                call.getClosesAt().atZone(ZoneId.of("Europe/Stockholm")).getYear(), CostCategory.PERSONNEL,
                new BigDecimal(requested), BigDecimal.ZERO)));
        return saved;
    }

    private String reviewed(Actor coordinator, GrantApplication draft, Actor evaluator, String comment) {
        String number = given.applications.submit(coordinator, draft.getId()).getNumber();
        given.reviews.decideEligibility(given.maria, number, true, "Uppfyller kraven.", "sv");
        given.reviews.assignEvaluators(given.maria, number, List.of(evaluator.username()));
        given.reviews.declareConflicts(evaluator, number, false, null);
        Map<Long, Integer> scores = new HashMap<>();
        Map<Long, String> comments = new HashMap<>();
        for (AssessmentCriterion criterion : given.applications.byNumber(number).getCall().getCriteria()) {
            scores.put(criterion.getId(), 5);
            comments.put(criterion.getId(), comment);
        }
        given.reviews.submitReview(evaluator, number, scores, comments);
        given.rankings.consolidate(given.maria, number, null, new BigDecimal("5.00"), "Godtagbar.");
        return number;
    }

    private static Attachment attach(Actor coordinator, Long applicationId, String name, String content) throws IOException {
        AttachmentStore store = CDI.current().select(AttachmentStore.class).get();
        try (Upload upload = store.receive(new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)), Attachments.maxBytes())) {
            return Scenarios.ejb(Attachments.class).upload(coordinator, applicationId, name, upload);
        }
    }

    /**
     * Where any of the strings still stands: "table.column" of any table, or a file of the attachment
     * store. The database compares the text columns itself (a scan in Java of every cell of a suite's
     * worth of data took minutes); byte columns are read and compared as UTF-8 here.
     */
    private static List<String> leftovers(List<String> identifying) throws SQLException, IOException {
        List<String> found = new ArrayList<>();
        try (Connection connection = dataSource().getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            Map<String, List<String>> textColumns = new java.util.TreeMap<>();
            Map<String, List<String>> byteColumns = new java.util.TreeMap<>();
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = meta.getTables(connection.getCatalog(), connection.getSchema(), "%", new String[] {"TABLE"})) {
                while (rows.next()) {
                    tables.add(rows.getString("TABLE_NAME"));
                }
            }
            for (String table : tables) {
                try (ResultSet columns = meta.getColumns(connection.getCatalog(), connection.getSchema(), table, "%")) {
                    while (columns.next()) {
                        int type = columns.getInt("DATA_TYPE");
                        String column = columns.getString("COLUMN_NAME");
                        if (BYTES.contains(type)) {
                            byteColumns.computeIfAbsent(table, t -> new ArrayList<>()).add(column);
                        } else if (TEXT.contains(type)) {
                            textColumns.computeIfAbsent(table, t -> new ArrayList<>()).add(column);
                        }
                    }
                }
            }
            for (var table : textColumns.entrySet()) {
                String anyMatch = table.getValue().stream().flatMap(column -> identifying.stream()
                        .map(identity -> "lower(\"" + column + "\") like ?")).collect(java.util.stream.Collectors.joining(" or "));
                String columns = table.getValue().stream().map(column -> "\"" + column + "\"")
                        .collect(java.util.stream.Collectors.joining(", "));
                try (PreparedStatement select = connection.prepareStatement(
                        "select " + columns + " from \"" + table.getKey() + "\" where " + anyMatch)) {
                    int parameter = 1;
                    for (int c = 0; c < table.getValue().size(); c++) {
                        for (String identity : identifying) {
                            select.setString(parameter++, "%" + identity.toLowerCase(Locale.ROOT) + "%");
                        }
                    }
                    try (ResultSet rows = select.executeQuery()) {
                        while (rows.next()) {
                            for (int i = 1; i <= table.getValue().size(); i++) {
                                report(table.getKey() + "." + table.getValue().get(i - 1), rows.getString(i), identifying, found);
                            }
                        }
                    }
                }
            }
            for (var table : byteColumns.entrySet()) {
                for (String column : table.getValue()) {
                    try (PreparedStatement select = connection.prepareStatement(
                            "select \"" + column + "\" from \"" + table.getKey() + "\" where \"" + column + "\" is not null");
                         ResultSet rows = select.executeQuery()) {
                        while (rows.next()) {
                            report(table.getKey() + "." + column, new String(rows.getBytes(1), StandardCharsets.UTF_8), identifying, found);
                        }
                    }
                }
            }
        }
        Path attachments = CDI.current().select(AttachmentStore.class).get().root();
        try (Stream<Path> files = Files.walk(attachments)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                report(file.toString(), new String(Files.readAllBytes(file), StandardCharsets.UTF_8), identifying, found);
            }
        }
        return found;
    }

    private static final Set<Integer> TEXT = Set.of(Types.CHAR, Types.VARCHAR, Types.LONGVARCHAR, Types.CLOB, Types.NCHAR,
            Types.NVARCHAR, Types.LONGNVARCHAR, Types.NCLOB);
    private static final Set<Integer> BYTES = Set.of(Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB);

    private static void report(String where, String text, List<String> identifying, List<String> found) {
        if (text == null) {
            return;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        identifying.stream().filter(identity -> lower.contains(identity.toLowerCase(Locale.ROOT)))
                .forEach(identity -> found.add(where + " holds " + identity));
    }

    /** What the programme counts for the call: applications per status, amounts requested, granted and budgeted. */
    private static String figures(Long callId) throws SQLException {
        StringBuilder figures = new StringBuilder();
        try (Connection connection = dataSource().getConnection()) {
            for (String sql : List.of(
                    "select status, count(*), sum(requested_amount) from grant_application where call_id = ? group by status order by status",
                    "select count(*), sum(d.granted_amount) from funding_decision d join grant_application a on a.id = d.application_id where a.call_id = ?",
                    "select count(distinct p.organisation_id) from application_partner p join grant_application a on a.id = p.application_id where a.call_id = ?",
                    "select count(*) from budget_line b join grant_application a on a.id = b.application_id where a.call_id = ?")) {
                try (PreparedStatement select = connection.prepareStatement(sql)) {
                    select.setLong(1, callId);
                    try (ResultSet rows = select.executeQuery()) {
                        while (rows.next()) {
                            for (int i = 1; i <= rows.getMetaData().getColumnCount(); i++) {
                                Object value = rows.getObject(i);
                                figures.append(value instanceof BigDecimal amount ? amount.stripTrailingZeros().toPlainString() : value)
                                        .append(' ');
                            }
                            figures.append('\n');
                        }
                    }
                }
            }
        }
        assertTrue(figures.length() > 10, figures.toString());
        return figures.toString();
    }

    private static void createAccount(String username, String fullName, String email, Long organisation, Role role)
            throws SQLException {
        try (Connection connection = dataSource().getConnection();
             PreparedStatement user = connection.prepareStatement("insert into app_user (username, password_hash, full_name, email,"
                     + " organisation_id, active) values (?, 'not-a-hash', ?, ?, ?, true)");
             PreparedStatement roles = connection.prepareStatement("insert into user_role (username, role) values (?, ?)")) {
            user.setString(1, username);
            user.setString(2, fullName);
            user.setString(3, email);
            user.setObject(4, organisation, Types.BIGINT);
            user.executeUpdate();
            roles.setString(1, username);
            roles.setString(2, role.name());
            roles.executeUpdate();
        }
    }

    private static DataSource dataSource() {
        try {
            return (DataSource) new InitialContext().lookup("java:jboss/datasources/AnslagDS");
        } catch (javax.naming.NamingException e) {
            throw new IllegalStateException(e);
        }
    }

    private String letters(int count) {
        StringBuilder letters = new StringBuilder();
        for (int i = 0; i < count; i++) {
            letters.append((char) ('a' + random.nextInt(26)));
        }
        return letters.toString();
    }
}
