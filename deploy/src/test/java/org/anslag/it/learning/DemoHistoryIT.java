package org.anslag.it.learning;

import static org.anslag.it.support.ServerPages.assertContains;
import static org.anslag.it.support.ServerPages.signedIn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.anslag.application.Applications;
import org.anslag.call.Programme;
import org.anslag.demo.DemoData;
import org.anslag.learning.LearningAccess;
import org.anslag.it.support.Scenarios;
import org.anslag.it.support.ServerPages;
import org.anslag.it.support.WebClient;
import org.anslag.shared.Actor;
import org.anslag.shared.Role;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The demo's finished programme "Innovation i kommuner 2023–2025", as the IT server (ANSLAG_DEMO=true)
 * seeded it at start: counted with plain SQL, not through the entities that wrote it, against what
 * demo/history.json describes; the manager's, the finance officer's and the researcher's existing
 * pages still load with it; and seeding again adds nothing.
 */
@ExtendWith(ArquillianExtension.class)
public class DemoHistoryIT {

    private static final String PROGRAMME = "Innovation i kommuner 2023–2025";
    private static final String OF_THE_PROGRAMME = """
            from grant_application a join funding_call c on c.id = a.call_id join programme p on p.id = c.programme_id
            where p.name = ?""";

    @Test
    public void theFinishedProgrammeHasTheFiguresOfItsHistoryFile() throws Exception {
        assertEquals(1, count("select count(*) from programme where name = ?"));
        assertEquals(Map.of("CLOSED", 12L, "REJECTED", 4L), byStatus());
        assertEquals(16, count("select count(*) " + OF_THE_PROGRAMME + " and a.application_number like 'IH-2023-%'"));
        assertEquals(1, count("select count(*) from funding_call c join programme p on p.id = c.programme_id where p.name = ? and c.status = 'CLOSED'"));
        String participants = """
                select o.id from organisation o where o.kind = 'MUNICIPALITY' and o.id in (
                  select a.coordinator_id %1$s
                  union select ap.organisation_id from application_partner ap join grant_application a on a.id = ap.application_id
                    join funding_call c on c.id = a.call_id join programme p on p.id = c.programme_id where p.name = ?)"""
                .formatted(OF_THE_PROGRAMME);
        assertEquals(57, count("select count(*) from (" + participants + ") m", PROGRAMME, PROGRAMME), "57 municipalities take part");
        assertTrue(count("select count(distinct o.county_code) from organisation o where o.id in (" + participants + ")",
                PROGRAMME, PROGRAMME) >= 8, "across at least eight counties");
        assertEquals(12, count("select count(*) from funding_decision d join grant_application a on a.id = d.application_id"
                + " join funding_call c on c.id = a.call_id join programme p on p.id = c.programme_id where p.name = ? and d.granted"));
        assertEquals(12, count("select count(*) from grant_agreement g join grant_application a on a.id = g.application_id"
                + " join funding_call c on c.id = a.call_id join programme p on p.id = c.programme_id where p.name = ? and g.status = 'ACCEPTED'"));
        String reportsWithTags = """
                select count(*) from progress_report r join grant_application a on a.id = r.application_id
                  join funding_call c on c.id = a.call_id join programme p on p.id = c.programme_id
                where p.name = ? and r.outcome = 'APPROVED'
                  and exists (select 1 from report_tag t join vocabulary_term v on v.id = t.term_id where t.report_id = r.id and v.kind = 'HINDER')
                  and exists (select 1 from report_tag t join vocabulary_term v on v.id = t.term_id where t.report_id = r.id and v.kind = 'SUCCESS_FACTOR')""";
        assertEquals(24, count(reportsWithTags), "two assessed report rounds per project, each with hinders and success factors");
        assertEquals(12, count("select count(*) from final_report f join grant_application a on a.id = f.application_id"
                + " join funding_call c on c.id = a.call_id join programme p on p.id = c.programme_id where p.name = ?"
                + " and f.outcome = 'APPROVED' and exists (select 1 from final_report_result r where r.report_id = f.id)"));
        assertEquals(2, count("select count(*) from result_uptake u join grant_application a on a.id = u.application_id"
                + " join funding_call c on c.id = a.call_id join programme p on p.id = c.programme_id where p.name = ? and u.kind = 'ADOPTION'"
                + " and u.organisation_id not in (" + participants + ")", PROGRAMME, PROGRAMME, PROGRAMME),
                "two adoptions by municipalities outside the programme");
        assertEquals(1, count("select count(*) from result_uptake u join grant_application a on a.id = u.application_id"
                + " join funding_call c on c.id = a.call_id join programme p on p.id = c.programme_id where p.name = ? and u.kind = 'INTEREST'"));
        assertEquals(1, count("select count(*) from programme_researcher r join programme p on p.id = r.programme_id"
                + " where p.name = ? and r.username = 'ingrid'"), "ingrid follows the finished programme too");
        assertEquals(1, count("select count(*) from programme_researcher r join programme p on p.id = r.programme_id"
                + " where p.name = 'Innovation i kommuner 2026–2028' and r.username = ?", "ingrid"), "and still the running one");
        Map<String, Double> meanScore = meanScoreByEvaluator();
        assertEquals(List.of("erik", "karin", "lars", "nils"), List.copyOf(meanScore.keySet()), "the four demo evaluators reviewed");
        assertTrue(meanScore.get("karin") > meanScore.get("nils") && meanScore.get("nils") > meanScore.get("erik")
                && meanScore.get("erik") > meanScore.get("lars"), "karin scores high, lars low: " + meanScore);
        assertTrue(meanScore.get("karin") - meanScore.get("lars") >= 2, "far enough apart to see in calibration: " + meanScore);
    }

    @Test
    public void theResearcherReadsTheFinishedProjectsReportsButNotTheRejectedApplications() {
        LearningAccess access = Scenarios.ejb(LearningAccess.class);
        Applications applications = Scenarios.ejb(Applications.class);
        Actor ingrid = new Actor("ingrid", null, Set.of(Role.RESEARCHER));
        // other ITs on the same server may have assigned her more programmes; the demo's two are hers
        assertTrue(access.programmes(ingrid).stream().map(Programme::getName).toList()
                .containsAll(List.of(PROGRAMME, "Innovation i kommuner 2026–2028")), "ingrid follows both demo programmes");
        assertTrue(access.mayReadReports(ingrid, applications.byNumber("IH-2023-0001")), "a closed project's reports");
        assertFalse(access.mayReadReports(ingrid, applications.byNumber("IH-2023-0013")), "a rejected application is no project");
    }

    @Test
    public void seedingAgainAddsNothing() throws Exception {
        long applications = count("select count(*) from grant_application");
        long reports = count("select count(*) from progress_report");
        long organisations = count("select count(*) from organisation");
        assertFalse(Scenarios.ejb(DemoData.class).seedHistory(), "the history is there already");
        assertEquals(applications, count("select count(*) from grant_application"));
        assertEquals(reports, count("select count(*) from progress_report"));
        assertEquals(organisations, count("select count(*) from organisation"));
        assertEquals(1, count("select count(*) from programme where name = ?"));
    }

    @Test
    public void theExistingPagesStillLoadWithTheHistory() throws Exception {
        long callId = count("select c.id from funding_call c join programme p on p.id = c.programme_id where p.name = ?");
        long programmeId = count("select id from programme where name = ?");
        WebClient maria = signedIn("maria");
        assertContains(ok(maria, "call/programmes.xhtml"), PROGRAMME, "Idéslussar 2023");
        assertContains(ok(maria, "call/ranking.xhtml?call=" + callId), "IH-2023-0001", "IH-2023-0016");
        ok(maria, "workflow/tasks.xhtml");
        assertContains(ok(maria, "application/application.xhtml?number=IH-2023-0001"), "IH-2023-0001", "Idésluss Mälardalen");
        WebClient fatima = signedIn("fatima");
        ok(fatima, "finance/exports.xhtml");
        ok(fatima, "finance/payment-plans.xhtml?call=" + callId);
        for (String export : List.of("api/finance/workbook.xlsx?scope=call:" + callId, "api/finance/workbook.xlsx?scope=programme:" + programmeId,
                "api/finance/calls/" + callId + "/decisions.xlsx", "api/finance/calls/" + callId + "/payment-plans.xlsx")) {
            HttpResponse<byte[]> download = fatima.download(export);
            assertEquals(200, download.statusCode(), export);
            assertTrue(download.body().length > 1000, export + " is a workbook");
        }
        WebClient anna = signedIn("anna");
        String mine = ok(anna, "application/my-applications.xhtml");
        assertFalse(mine.contains("IH-2023-"), "the history is not Sundsvall's: anna's list is as before");
        ok(anna, "workflow/tasks.xhtml");
        for (String evaluator : List.of("karin", "lars")) {
            ok(signedIn(evaluator), "workflow/tasks.xhtml");
        }
    }

    private static String ok(WebClient client, String page) {
        HttpResponse<String> response = client.get(page);
        assertEquals(200, response.statusCode(), page);
        return ServerPages.text(response.body());
    }

    private static Map<String, Long> byStatus() throws SQLException, NamingException {
        Map<String, Long> found = new TreeMap<>();
        try (Connection connection = database().getConnection();
             PreparedStatement statement = connection.prepareStatement("select a.status, count(*) " + OF_THE_PROGRAMME + " group by a.status")) {
            statement.setString(1, PROGRAMME);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    found.put(rows.getString(1), rows.getLong(2));
                }
            }
        }
        return found;
    }

    /** Each evaluator's mean score over every criterion of every review in the programme. */
    private static Map<String, Double> meanScoreByEvaluator() throws SQLException, NamingException {
        Map<String, Double> found = new TreeMap<>();
        try (Connection connection = database().getConnection();
             PreparedStatement statement = connection.prepareStatement("""
                     select r.evaluator, avg(cast(s.score as double precision)) from review r join criterion_score s on s.review_id = r.id
                       join grant_application a on a.id = r.application_id join funding_call c on c.id = a.call_id
                       join programme p on p.id = c.programme_id where p.name = ? group by r.evaluator""")) {
            statement.setString(1, PROGRAMME);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    found.put(rows.getString(1), rows.getDouble(2));
                }
            }
        }
        return found;
    }

    /** The one number the query answers; its one parameter, when none is given, is the programme's name. */
    private static long count(String sql, String... parameters) throws SQLException, NamingException {
        String[] values = parameters.length == 0 && sql.contains("?") ? new String[] {PROGRAMME} : parameters;
        try (Connection connection = database().getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setString(i + 1, values[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                assertTrue(rows.next(), sql);
                return rows.getLong(1);
            }
        }
    }

    private static DataSource database() throws NamingException {
        return (DataSource) new InitialContext().lookup("java:jboss/datasources/AnslagDS");
    }
}
