package org.anslag.it.finance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.anslag.audit.AuditEntry;
import org.anslag.audit.AuditLog;
import org.anslag.award.Payments;
import org.anslag.call.FundingCall;
import org.anslag.followup.CallIndicators;
import org.anslag.followup.FollowUps;
import org.anslag.followup.Indicator;
import org.anslag.followup.IndicatorDraft;
import org.anslag.followup.IndicatorUnit;
import org.anslag.followup.ReportContent;
import org.anslag.it.support.Scenarios;
import org.anslag.it.support.WebClient;
import org.anslag.shared.Actor;
import org.anslag.shared.Role;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A grant reported on and paid; finance chooses its call on the finance page and downloads the
 * workbook over HTTP, as a browser would, and reads it back: the cover, the ledger with both
 * payments, the decision, the budget against what was spent, the indicator, the totals as
 * formulas. The export is audited; anyone but finance and managers is refused.
 */
@ExtendWith(ArquillianExtension.class)
public class FinanceWorkbookIT {

    static final Actor FATIMA = new Actor("fatima", null, Set.of(Role.FINANCE));
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Stockholm"));
    static final URI BASE = URI.create("http://127.0.0.1:" + (8080 + Integer.getInteger("jboss.socket.binding.port-offset", 0))
            + "/anslag/");

    @Test
    public void financeDownloadsThePaidGrantsWorkbookOfTheCallAndEveryFigureReadsBack() throws Exception {
        Scenarios given = new Scenarios();
        FundingCall call = given.reportsOpenAtOnce(given.reportingOn(given.openCall("5000000", "lars"), TODAY.plusMonths(6)));
        Indicator ideas = Scenarios.ejb(CallIndicators.class).add(given.maria, call.getId(),
                new IndicatorDraft("Inkomna idéer", "Ideas received", IndicatorUnit.COUNT, new BigDecimal("40"), true));
        String number = given.followedUp(given.completeDraft(call, "500000"), "lars");
        Payments payments = Scenarios.ejb(Payments.class);
        payments.recordPaid(FATIMA, number, 1, TODAY, "BG-1001");
        FollowUps followUps = Scenarios.ejb(FollowUps.class);
        followUps.submit(given.anna, number, new ReportContent("Läget.", Map.of(ideas.getId(), new BigDecimal("12")), List.of()));
        followUps.assess(Scenarios.evaluator("lars"), number, 6, "Godkänd.");
        payments.release(FATIMA, number, 2);
        payments.recordPaid(FATIMA, number, 2, TODAY, "BG-4711");
        spent(number, given.anna.organisationId(), "180000");

        WebClient fatima = signedIn("fatima");
        HttpResponse<String> page = fatima.get("finance/exports.xhtml");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("value=\"call:" + call.getId() + "\""), "the call is offered on the finance page");
        HttpResponse<String> chosen = fatima.submit(page.body(), "workbook", Map.of("workbook:scope", "call:" + call.getId()),
                "workbook:download");
        assertEquals(302, chosen.statusCode());
        String location = URLDecoder.decode(chosen.headers().firstValue("Location").orElseThrow(), StandardCharsets.UTF_8);
        assertTrue(location.endsWith("api/finance/workbook.xlsx?scope=call:" + call.getId()), location);
        HttpResponse<byte[]> download = fatima.download("api/finance/workbook.xlsx?scope=call:" + call.getId());
        assertEquals(200, download.statusCode());
        assertEquals("attachment; filename=\"ekonomi-utlysning-" + call.getId() + ".xlsx\"",
                download.headers().firstValue("Content-Disposition").orElseThrow());

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(download.body()))) {
            assertEquals(List.of("Försättsblad", "Beslut", "Betalningsliggare", "Budget och utfall", "Budget per län",
                    "Indikatorer"), sheetNames(book));
            XSSFSheet cover = book.getSheet("Försättsblad");
            assertEquals("Ekonomiunderlag – " + call.getTitle(), text(cover, 0, 0));
            assertEquals(List.of("Program", call.getProgramme().getName()), List.of(text(cover, 2, 0), text(cover, 2, 1)));
            assertEquals(List.of("Utlysning", call.getTitle()), List.of(text(cover, 3, 0), text(cover, 3, 1)));
            assertEquals("Fatima Hassan (fatima)", text(cover, 4, 1));
            assertTrue(DateUtil.isCellDateFormatted(cover.getRow(5).getCell(1)), "exported at is a date");
            LocalDateTime exportedAt = cover.getRow(5).getCell(1).getLocalDateTimeCellValue();
            LocalDateTime now = LocalDateTime.now(ZoneId.of("Europe/Stockholm"));
            assertTrue(Duration.between(exportedAt, now).abs().toMinutes() < 10, "exported at " + exportedAt + " in Swedish time, now " + now);
            assertEquals("Betalningsliggare", text(cover, 9, 0));
            assertEquals(2d, cover.getRow(9).getCell(1).getNumericCellValue(), "two installments");

            XSSFSheet ledger = book.getSheet("Betalningsliggare");
            assertTrue(ledger.getPaneInformation().isFreezePane());
            assertEquals("A1:L3", ledger.getCTWorksheet().getAutoFilter().getRef());
            Row advance = ledger.getRow(1);
            assertEquals(number, advance.getCell(0).getStringCellValue());
            assertEquals(List.of(1d, 250_000d, 250_000d, 250_000d), List.of(advance.getCell(1).getNumericCellValue(),
                    advance.getCell(4).getNumericCellValue(), advance.getCell(5).getNumericCellValue(),
                    advance.getCell(6).getNumericCellValue()));
            assertEquals("BG-1001", advance.getCell(8).getStringCellValue());
            Row second = ledger.getRow(2);
            assertEquals("Utbetald", second.getCell(3).getStringCellValue());
            assertEquals(TODAY, second.getCell(7).getLocalDateTimeCellValue().toLocalDate());
            assertTrue(DateUtil.isCellDateFormatted(second.getCell(7)), "paid on is a date");
            assertEquals("BG-4711", second.getCell(8).getStringCellValue());
            assertNull(second.getCell(9), "nothing withheld");
            assertEquals("#,##0 \"kr\"", second.getCell(6).getCellStyle().getDataFormatString());
            Row totals = ledger.getRow(3);
            assertEquals("SUM(G2:G3)", totals.getCell(6).getCellFormula());
            XSSFFormulaEvaluator evaluator = book.getCreationHelper().createFormulaEvaluator();
            assertEquals(500_000d, evaluator.evaluate(totals.getCell(6)).getNumberValue(), "paid in total");

            Row decision = book.getSheet("Beslut").getRow(1);
            assertEquals(List.of(number, "Sundsvalls kommun"), List.of(decision.getCell(0).getStringCellValue(),
                    decision.getCell(1).getStringCellValue()));
            assertEquals(500_000d, decision.getCell(5).getNumericCellValue());

            Row sundsvall = book.getSheet("Budget och utfall").getRow(1);
            assertEquals("Sundsvalls kommun", sundsvall.getCell(1).getStringCellValue());
            assertEquals("Västernorrlands län", sundsvall.getCell(2).getStringCellValue());
            assertEquals(List.of(500_000d, 180_000d), List.of(sundsvall.getCell(3).getNumericCellValue(),
                    sundsvall.getCell(4).getNumericCellValue()));
            assertEquals("D2-E2", sundsvall.getCell(5).getCellFormula());
            assertEquals(320_000d, evaluator.evaluate(sundsvall.getCell(5)).getNumberValue());
            assertEquals("Västernorrlands län", text(book.getSheet("Budget per län"), 1, 0));

            Row indicator = book.getSheet("Indikatorer").getRow(1);
            assertEquals(List.of("Inkomna idéer", "antal"), List.of(indicator.getCell(2).getStringCellValue(),
                    indicator.getCell(3).getStringCellValue()));
            assertEquals(List.of(1d, 12d, 12d, 40d), List.of(indicator.getCell(4).getNumericCellValue(),
                    indicator.getCell(5).getNumericCellValue(), indicator.getCell(6).getNumericCellValue(),
                    indicator.getCell(7).getNumericCellValue()));
        }

        HttpResponse<byte[]> decisions = fatima.download("api/finance/calls/" + call.getId() + "/decisions.xlsx");
        assertEquals(200, decisions.statusCode());
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(decisions.body()))) {
            assertEquals(List.of("Försättsblad", "Beslut"), sheetNames(book), "one topic, with its cover");
            assertEquals("Beslut – " + call.getTitle(), text(book.getSheet("Försättsblad"), 0, 0));
        }
        assertEquals(List.of("fatima: 1 rows; filters: programme=" + call.getProgramme().getName() + ", call=" + call.getTitle()),
                Scenarios.ejb(AuditLog.class).about("call:" + call.getId()).stream()
                        .filter(entry -> "EXPORT_DECISIONS".equals(entry.getAction()))
                        .map(entry -> entry.getActor() + ": " + entry.getDetails()).toList());

        List<AuditEntry> exports = Scenarios.ejb(AuditLog.class).about("call:" + call.getId()).stream()
                .filter(entry -> "EXPORT_WORKBOOK".equals(entry.getAction())).toList();
        assertEquals(1, exports.size(), "one export, one audit entry");
        assertEquals("fatima", exports.get(0).getActor());
        assertTrue(exports.get(0).getDetails().contains("call=" + call.getTitle()), exports.get(0).getDetails());
        assertTrue(exports.get(0).getDetails().contains("Betalningsliggare 2 rows"), exports.get(0).getDetails());
    }

    @Test
    public void theWholeProgrammeCanBeExportedAndManagersMayToo() throws IOException {
        Scenarios given = new Scenarios();
        FundingCall call = given.reportsOpenAtOnce(given.reportingOn(given.openCall("5000000", "lars"), TODAY.plusMonths(6)));
        String number = given.followedUp(given.completeDraft(call, "300000"), "lars");

        HttpResponse<byte[]> download = signedIn("maria").download("api/finance/workbook.xlsx?scope=programme:"
                + call.getProgramme().getId());
        assertEquals(200, download.statusCode());
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(download.body()))) {
            assertEquals("Alla utlysningar i programmet (1)", text(book.getSheet("Försättsblad"), 3, 1));
            XSSFSheet ledger = book.getSheet("Betalningsliggare");
            assertEquals(number, ledger.getRow(1).getCell(0).getStringCellValue());
            assertEquals("Frisläppt", ledger.getRow(1).getCell(3).getStringCellValue(), "the advance, released at acceptance");
            assertEquals("Planerad", ledger.getRow(2).getCell(3).getStringCellValue());
        }
        assertEquals(1, Scenarios.ejb(AuditLog.class).about("programme:" + call.getProgramme().getId()).stream()
                .filter(entry -> "EXPORT_WORKBOOK".equals(entry.getAction()) && "maria".equals(entry.getActor())).count());
    }

    @Test
    public void onlyFinanceAndManagersGetTheWorkbookAndABadScopeIsRefusedNamingTheField() {
        Scenarios given = new Scenarios();
        FundingCall call = given.openCall("1000000", "lars");
        String path = "api/finance/workbook.xlsx?scope=call:" + call.getId();

        assertEquals(403, signedIn("anna").download(path).statusCode(), "an applicant");
        assertEquals(403, signedIn("lars").download(path).statusCode(), "an evaluator");
        assertEquals(403, signedIn("adam").download(path).statusCode(), "the administrator");
        assertTrue(new WebClient(BASE).download(path).headers().firstValue("Location").orElse("").contains("login"),
                "not signed in: sent to sign in");
        WebClient fatima = signedIn("fatima");
        HttpResponse<byte[]> bad = fatima.download("api/finance/workbook.xlsx?scope=call:abc");
        assertEquals(422, bad.statusCode());
        String problem = new String(bad.body(), StandardCharsets.UTF_8);
        assertTrue(problem.contains("\"field\":\"scope\"") && problem.contains("export.scopeInvalid"), problem);
        assertEquals(404, fatima.download("api/finance/workbook.xlsx?scope=call:999999999").statusCode());
        assertEquals(0, Scenarios.ejb(AuditLog.class).about("call:" + call.getId()).stream()
                .filter(entry -> "EXPORT_WORKBOOK".equals(entry.getAction())).count(), "nothing was exported");
    }

    private static WebClient signedIn(String username) {
        WebClient client = new WebClient(BASE);
        client.signIn(username, "demo");
        return client;
    }

    /** What the progress report says was spent; the report form that writes these lines belongs to another part. */
    private static void spent(String number, Long organisationId, String amount) throws NamingException, SQLException {
        DataSource data = (DataSource) new InitialContext().lookup("java:jboss/datasources/AnslagDS");
        try (Connection connection = data.getConnection();
             PreparedStatement report = connection.prepareStatement("""
                     select r.id from progress_report r join grant_application a on a.id = r.application_id
                     where a.application_number = ? and r.period_number = 1 order by r.revision desc""")) {
            report.setString(1, number);
            try (ResultSet found = report.executeQuery();
                 PreparedStatement insert = connection.prepareStatement(
                         "insert into report_spending (report_id, organisation_id, cost_category, amount) values (?, ?, 'PERSONNEL', ?)")) {
                assertTrue(found.next(), "the period's report");
                insert.setLong(1, found.getLong(1));
                insert.setLong(2, organisationId);
                insert.setBigDecimal(3, new BigDecimal(amount));
                insert.executeUpdate();
            }
        }
    }

    private static List<String> sheetNames(XSSFWorkbook book) {
        return java.util.stream.IntStream.range(0, book.getNumberOfSheets()).mapToObj(book::getSheetName).toList();
    }

    private static String text(XSSFSheet sheet, int row, int column) {
        return sheet.getRow(row).getCell(column).getStringCellValue();
    }
}
