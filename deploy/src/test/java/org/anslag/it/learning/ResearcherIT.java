package org.anslag.it.learning;

import static org.anslag.it.support.ServerPages.assertContains;
import static org.anslag.it.support.ServerPages.signedIn;
import static org.anslag.it.support.ServerPages.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.anslag.audit.AuditEntry;
import org.anslag.audit.AuditLog;
import org.anslag.call.FundingCall;
import org.anslag.followup.FollowUps;
import org.anslag.followup.ReportContent;
import org.anslag.it.support.Scenarios;
import org.anslag.it.support.WebClient;
import org.anslag.learning.LearningNote;
import org.anslag.learning.LearningNotes;
import org.anslag.learning.ResearcherAssignments;
import org.anslag.shared.AccessDenied;
import org.anslag.shared.Actor;
import org.anslag.shared.Role;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The accompanying researcher end to end through the pages: ADMIN assigns a researcher to a
 * programme (and is told when an account is not a researcher), the researcher reads only that
 * programme's funded projects and no person's name or e-mail on them, still cannot open the
 * applicant's pages, writes, changes and deletes notes but not another's, and downloads the
 * synthesis, which holds the note.
 */
@ExtendWith(ArquillianExtension.class)
public class ResearcherIT {

    static final Actor ADAM = new Actor("adam", null, Set.of(Role.ADMIN));
    static final Actor RUT = new Actor("rut", null, Set.of(Role.RESEARCHER));

    @Resource(lookup = "java:jboss/datasources/AnslagDS")
    DataSource database;

    private Scenarios given;
    private LearningNotes notes;

    @BeforeEach
    void services() throws SQLException {
        given = new Scenarios();
        notes = Scenarios.ejb(LearningNotes.class);
        // a second researcher beside the demo's ingrid, with her password ('demo')
        try (Connection connection = database.getConnection(); Statement sql = connection.createStatement()) {
            sql.executeUpdate("""
                    insert into app_user (username, password_hash, full_name, email, active)
                    select 'rut', password_hash, 'Rut Åberg', 'rut@demo.anslag.se', true from app_user
                    where username = 'ingrid' and not exists (select 1 from app_user where username = 'rut')""");
            sql.executeUpdate("""
                    insert into user_role (username, role) select 'rut', 'RESEARCHER' from app_user
                    where username = 'rut' and not exists (select 1 from user_role where username = 'rut')""");
        }
    }

    @Test
    public void aResearcherReadsTheAssignedProgrammesProjectsWithoutPersonalDataAndWritesNotes() throws Exception {
        FundingCall followed = given.reportingOn(given.openCall("5000000", "lars"), LocalDate.now().plusMonths(6));
        String project = given.followedUp(given.completeDraft(followed, "400000"), "lars");
        Scenarios.ejb(FollowUps.class).submit(given.anna, project,
                new ReportContent("Ledningens stöd gjorde att idéslussen kom igång snabbt.", Map.of(), List.of()));
        Scenarios.ejb(FollowUps.class).assess(Scenarios.evaluator("lars"), project, 6, "Lars Holm tycker att det går bra.");
        given.closeWithFinalReport(project, "lars", "380000");
        FundingCall other = given.openCall("5000000", "lars");
        String otherProject = given.followedUp(given.completeDraft(other, "300000"), "lars");
        Long programme = followed.getProgramme().getId();

        // ADMIN assigns through the page; an account without the role is refused with a message naming the field
        WebClient adam = signedIn("adam");
        String assignPage = adam.get("admin/researchers.xhtml").body();
        String refused = adam.submit(assignPage, "assign", Map.of("assign:programme", programme.toString(),
                "assign:researcher", "lars"), "assign:assign-researcher").body();
        assertContains(text(refused), "Följeforskare: Lars Holm har inte rollen följeforskare");
        HttpResponse<String> assigned = adam.submit(assignPage, "assign", Map.of("assign:programme", programme.toString(),
                "assign:researcher", "rut"), "assign:assign-researcher");
        assertEquals(302, assigned.statusCode(), assigned.body());
        assertContains(text(adam.get("admin/researchers.xhtml").body()), "Rut Åberg (rut)", followed.getProgramme().getName());
        List<AuditEntry> audit = Scenarios.ejb(AuditLog.class).about("programme:" + programme);
        assertTrue(audit.stream().anyMatch(entry -> entry.getAction().equals("ASSIGN_RESEARCHER") && entry.getDetails().equals("rut")
                && entry.getActor().equals("adam")), "the assignment is audited: " + audit);

        // only the assigned programme's funded projects
        WebClient rut = signedIn("rut");
        String projects = text(rut.get("learning/projects.xhtml").body());
        assertContains(projects, project, "Sundsvall", "Timrå");
        assertFalse(projects.contains(otherProject), "another programme's project is not listed");
        assertEquals(403, rut.get("learning/project.xhtml?number=" + otherProject).statusCode());
        assertEquals(404, rut.get("learning/project.xhtml?number=XX-0000-0000").statusCode());
        assertEquals(403, rut.get("application/application.xhtml?number=" + project).statusCode(), "no applicant page");
        assertEquals(403, rut.get("followup/assess-final-report.xhtml?number=" + project).statusCode(), "no assessor page");

        // the project's reports, final report and results, with organisations as the only names
        String page = text(rut.get("learning/project.xhtml?number=" + project).body());
        assertContains(page, "Ledningens stöd gjorde att idéslussen kom igång snabbt.", "Målen är nådda.", "Idéslussens arbetssätt",
                "Innovationsledare", "Börja i liten skala.", "Sundsvall", "Timrå");
        for (String personal : List.of("Anna Lindqvist", "anna@demo.anslag.se", "Tomas Berg", "tomas@demo.anslag.se", "Lars Holm",
                "innovation@sundsvall.se", "Maria Ek")) {
            assertFalse(page.contains(personal), "no personal data on the project page: " + personal);
        }

        // notes: a slip keeps the text and names the field; a note is saved, changed, deleted by its author only
        String projectPage = rut.get("learning/project.xhtml?number=" + project).body();
        assertContains(text(rut.submit(projectPage, "write", Map.of("write:note", "   "), "write:save-note").body()),
                "Anteckning: skriv något innan du sparar.");
        String tooLong = "Spridning ".repeat(401);
        String slip = rut.submit(projectPage, "write", Map.of("write:note", tooLong), "write:save-note").body();
        assertContains(text(slip), "Anteckning: får vara högst 4000 tecken, nu är den 4009.", tooLong.strip());
        HttpResponse<String> saved = rut.submit(projectPage, "write",
                Map.of("write:note", "Ledningens stöd är den framgångsfaktor som återkommer."), "write:save-note");
        assertEquals(302, saved.statusCode(), saved.body());
        String withNote = rut.get("learning/project.xhtml?number=" + project).body();
        assertContains(text(withNote), "Ledningens stöd är den framgångsfaktor som återkommer.", "Rut Åberg");
        HttpResponse<String> changed = rut.submit(withNote, "notes", Map.of("notes:list:0:rewrite",
                "Ledningens stöd är den framgångsfaktor som återkommer i alla rapporter."), "notes:list:0:save-change");
        assertEquals(302, changed.statusCode(), changed.body());
        assertContains(text(rut.get("learning/project.xhtml?number=" + project).body()),
                "Ledningens stöd är den framgångsfaktor som återkommer i alla rapporter.", "ändrad");

        LearningNote managers = notes.aboutProgramme(given.maria, programme, "Programmet behöver fler kommuner i norr.");
        assertThrows(AccessDenied.class, () -> notes.rewrite(RUT, managers.getId(), "Rut skriver över."));
        assertThrows(AccessDenied.class, () -> notes.delete(RUT, managers.getId()));
        String notesPage = rut.get("learning/notes.xhtml?programme=" + programme).body();
        assertContains(text(notesPage), "Programmet behöver fler kommuner i norr.", "Maria Ek",
                "Ledningens stöd är den framgångsfaktor som återkommer i alla rapporter.", "Ladda ner syntesen (.docx)");
        assertEquals(403, rut.get("learning/notes.xhtml?programme=" + other.getProgramme().getId()).statusCode());

        // the synthesis holds the notes and the figures, for the assigned programme only; audited
        HttpResponse<byte[]> synthesis = rut.download("api/learning/programmes/" + programme + "/synthesis.docx");
        assertEquals(200, synthesis.statusCode());
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(synthesis.body()));
             XWPFWordExtractor words = new XWPFWordExtractor(document)) {
            String all = words.getText();
            assertContains(all, "Syntes: " + followed.getProgramme().getName(), "Programmet behöver fler kommuner i norr.",
                    "Ledningens stöd är den framgångsfaktor som återkommer i alla rapporter.", project, "Finansierade projekt");
            assertFalse(all.contains("Anna Lindqvist"), "no applicant in the synthesis");
            assertTrue(document.getTables().stream().anyMatch(table -> table.getText().contains(project)),
                    "the funded projects figure is a table");
        }
        assertEquals(403, rut.download("api/learning/programmes/" + other.getProgramme().getId() + "/synthesis.docx").statusCode());
        assertTrue(Scenarios.ejb(AuditLog.class).about("programme:" + programme).stream()
                .anyMatch(entry -> entry.getAction().equals("EXPORT_SYNTHESIS") && entry.getActor().equals("rut")));

        // the author deletes their note; when ADMIN ends the assignment, the programme closes to them
        Long own = notes.ofProject(RUT, project).get(0).getId();
        notes.delete(RUT, own);
        assertTrue(notes.ofProject(RUT, project).isEmpty());
        Scenarios.ejb(ResearcherAssignments.class).remove(ADAM, programme, "rut");
        assertEquals(403, rut.get("learning/project.xhtml?number=" + project).statusCode());
        assertFalse(text(rut.get("learning/projects.xhtml").body()).contains(project));
        assertTrue(Scenarios.ejb(AuditLog.class).about("programme:" + programme).stream()
                .map(AuditEntry::getAction).collect(Collectors.toSet()).contains("REMOVE_RESEARCHER"));
    }
}
