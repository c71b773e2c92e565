package org.anslag.it.review;

import static org.anslag.it.support.ServerPages.assertContains;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.anslag.application.GrantApplication;
import org.anslag.audit.AuditLog;
import org.anslag.budget.BudgetEntry;
import org.anslag.budget.CostCategory;
import org.anslag.call.FundingCall;
import org.anslag.it.support.Scenarios;
import org.anslag.it.support.ServerPages;
import org.anslag.it.support.WebClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Blind review (issue 17), inside the server for the set-up and over HTTP for every page: maria
 * turns blind review on on the call's page; Sundsvall applies with Timrå and an attachment named
 * after itself; the evaluator's conflict declaration names both municipalities, and once he has
 * declared none, no page he can open, no download and no PDF text names the coordinator, its
 * municipality, the partner or the applicants. maria still sees them; on a call that is not blind
 * the evaluator sees them too. The masks read alike in English.
 */
@ExtendWith(ArquillianExtension.class)
public class BlindReviewIT {

    private static final String EVALUATOR = "erik";
    private static final String FILE_NAME = "projektplan_sundsvall.pdf";
    /** Lower-case: names of the coordinator's and the partner's municipality, their codes, the applicants. */
    private static final List<String> IDENTITIES = List.of("sundsvall", "timrå", "(2281)", "(2262)", "lindqvist",
            "tomas berg");
    private static final Pattern USERNAMES = Pattern.compile("\\b(anna|tomas)\\b");

    private Scenarios given;

    @BeforeEach
    void services() {
        given = new Scenarios();
    }

    @Test
    public void anEvaluatorOfABlindCallSeesNoApplicantButDeclaresKnowingWhoApplies() throws Exception {
        FundingCall call = given.openCall("5000000", EVALUATOR);
        WebClient maria = ServerPages.signedIn("maria");
        turnBlindReviewOn(maria, call);
        assertTrue(given.calls.call(call.getId()).isBlindReview(), "the call page saved the setting");
        assertTrue(Scenarios.ejb(AuditLog.class).about("call:" + call.getId()).stream()
                .anyMatch(entry -> entry.getAction().equals("BLIND_REVIEW")), "the change is audited");
        Applied applied = applyAndAssign(call);
        WebClient erik = ServerPages.signedIn(EVALUATOR);

        String declaration = ServerPages.text(erik.get("review/declare-conflicts.xhtml?number=" + applied.number).body());
        assertContains(declaration, "Sundsvall", "Timrå");
        given.reviews.declareConflicts(Scenarios.evaluator(EVALUATOR), applied.number, false, null);

        for (String page : pagesOf(applied)) {
            HttpResponse<String> response = page.startsWith("api/") ? erik.get(page, Map.of("Accept", "application/json"))
                    : erik.get(page);
            assertEquals(200, response.statusCode(), page);
            assertNoIdentity(page, ServerPages.text(response.body()));
        }
        String application = ServerPages.text(erik.get("application/application.xhtml?number=" + applied.number).body());
        assertContains(application, "Sökande A (kommun dold)", "Partner B (kommun dold)", "Bilaga 1.pdf", applied.title);
        HttpResponse<byte[]> file = erik.download("api/attachments/" + applied.attachmentId);
        assertEquals(200, file.statusCode());
        String disposition = file.headers().firstValue("Content-Disposition").orElse("");
        assertContains(disposition, "Bilaga%201.pdf");
        assertNoIdentity("the attachment's file name", disposition);
        String pdf = pdfText(erik.download("api/applications/" + applied.number + "/submitted.pdf"));
        assertNoIdentity("the submitted PDF", pdf);
        assertContains(pdf, "Sökande A (kommun dold)", "Partner B (kommun dold)", "Person dold", "Bilaga 1.pdf",
                "Blind granskning", "En testbädd utan namn.");

        String inSwedish = erik.get("application/application.xhtml?number=" + applied.number).body();
        HttpResponse<String> switched = erik.submit(inSwedish, "session-form",
                Map.of("session-form:lang-en", "session-form:lang-en"), "session-form:none");
        assertEquals(302, switched.statusCode(), "English chosen");
        for (String page : List.of("application/application.xhtml", "application/attachments.xhtml", "review/score-application.xhtml")) {
            String english = ServerPages.text(erik.get(page + "?number=" + applied.number).body());
            assertNoIdentity(page + " in English", english);
        }
        assertContains(ServerPages.text(erik.get("application/application.xhtml?number=" + applied.number).body()),
                "Applicant A (municipality hidden)", "Partner B (municipality hidden)", "Attachment 1.pdf");

        String managers = ServerPages.text(maria.get("application/application.xhtml?number=" + applied.number).body());
        assertContains(managers, "Sundsvall", "Timrå", FILE_NAME);
        assertContains(pdfText(maria.download("api/applications/" + applied.number + "/submitted.pdf")),
                "Sundsvall", "Timrå", FILE_NAME);
    }

    @Test
    public void anEvaluatorOfACallThatIsNotBlindSeesWhoApplies() throws Exception {
        FundingCall call = given.openCall("5000000", EVALUATOR);
        Applied applied = applyAndAssign(call);
        given.reviews.declareConflicts(Scenarios.evaluator(EVALUATOR), applied.number, false, null);
        WebClient erik = ServerPages.signedIn(EVALUATOR);

        assertContains(ServerPages.text(erik.get("application/application.xhtml?number=" + applied.number).body()),
                "Sundsvall", "Timrå", FILE_NAME);
        assertContains(ServerPages.text(erik.get("review/score-application.xhtml?number=" + applied.number).body()),
                "Sundsvall", "Timrå");
        assertContains(ServerPages.text(erik.get("application/budget.xhtml?number=" + applied.number).body()), "Timrå");
        String pdf = pdfText(erik.download("api/applications/" + applied.number + "/submitted.pdf"));
        assertContains(pdf, "Sundsvall", "Timrå", FILE_NAME);
        assertTrue(USERNAMES.matcher(pdf).find(), "who submitted and who confirmed: " + pdf);
        assertContains(erik.download("api/attachments/" + applied.attachmentId).headers()
                .firstValue("Content-Disposition").orElse(""), FILE_NAME);
    }

    private void turnBlindReviewOn(WebClient maria, FundingCall call) {
        String page = maria.get("call/edit-call.xhtml?call=" + call.getId()).body();
        assertContains(ServerPages.text(page), "Blind granskning");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("reviewing:minEvaluators", "1");
        fields.put("reviewing:reviewDays", "14");
        fields.put("reviewing:fourEyesAbove", "");
        fields.put("reviewing:blindReview", "on");
        HttpResponse<String> saved = maria.submit(page, "reviewing", fields, "reviewing:save-review");
        assertEquals(302, saved.statusCode(), saved.body());
    }

    private record Applied(String number, String title, Long attachmentId) {
    }

    /** Sundsvall's application with Timrå, a budget line each and an attachment, submitted, eligible, assigned. */
    private Applied applyAndAssign(FundingCall call) {
        GrantApplication draft = given.completeDraft(call, "400000");
        given.applications.saveDraft(given.anna, draft.getId(), given.applications.byNumber(draft.getNumber()).getVersion(),
                draft.getTitle(), "En testbädd utan namn.", new BigDecimal("400000"));
        int year = call.getClosesAt().atZone(ZoneId.of("Europe/Stockholm")).getYear();
        given.budgets.save(given.anna, draft.getId(), List.of(
                new BudgetEntry(given.anna.organisationId(), year, CostCategory.PERSONNEL, new BigDecimal("300000"), BigDecimal.ZERO),
                new BudgetEntry(given.tomas.organisationId(), year, CostCategory.EXTERNAL_SERVICES, new BigDecimal("100000"),
                        BigDecimal.ZERO)));
        WebClient anna = ServerPages.signedIn("anna");
        HttpResponse<String> attached = anna.postBody("api/applications/" + draft.getNumber() + "/attachments", "application/pdf",
                "%PDF-1.4\n% projektplan\n%%EOF\n".getBytes(StandardCharsets.US_ASCII),
                Map.of("X-Requested-By", "it", "X-File-Name", FILE_NAME, "Accept", "application/json"));
        assertEquals(201, attached.statusCode(), attached.body());
        Matcher id = Pattern.compile("\"id\":(\\d+)").matcher(attached.body());
        assertTrue(id.find(), attached.body());
        String number = given.applications.submit(given.anna, draft.getId()).getNumber();
        given.reviews.decideEligibility(given.maria, number, true, "Uppfyller kraven.", "sv");
        given.reviews.assignEvaluators(given.maria, number, List.of(EVALUATOR));
        return new Applied(number, draft.getTitle(), Long.valueOf(id.group(1)));
    }

    /** Every page the evaluator reaches for the application while reviewing it. */
    private static List<String> pagesOf(Applied applied) {
        List<String> pages = new ArrayList<>();
        for (String page : List.of("review/score-application.xhtml", "application/application.xhtml",
                "application/answers.xhtml", "application/budget.xhtml", "application/attachments.xhtml")) {
            pages.add(page + "?number=" + applied.number);
        }
        pages.add("workflow/tasks.xhtml");
        pages.add("api/applications/" + applied.number + "/attachments");
        return pages;
    }

    private static void assertNoIdentity(String where, String text) {
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        for (String identity : IDENTITIES) {
            int at = lower.indexOf(identity);
            assertFalse(at >= 0, where + " names «" + identity + "»: …"
                    + (at < 0 ? "" : text.substring(Math.max(0, at - 80), Math.min(text.length(), at + 80))) + "…");
        }
        Matcher username = USERNAMES.matcher(lower);
        boolean named = username.find();
        assertFalse(named, where + " names the applicant user «" + (named ? username.group() : "") + "»");
    }

    private static String pdfText(HttpResponse<byte[]> response) throws java.io.IOException {
        assertEquals(200, response.statusCode());
        try (var document = org.apache.pdfbox.Loader.loadPDF(response.body())) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
