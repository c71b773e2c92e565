package org.anslag.it.journey;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.anslag.it.BlackBoxTestBase;
import org.anslag.it.support.Html;
import org.anslag.it.support.MailServer;
import org.anslag.it.support.WebClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * The accessibility statement (DOS law): every page's footer links to it, naming the page the
 * visitor came from; anyone reports a barrier there, once however often the button is pressed;
 * every administrator is mailed and ADMIN marks the report handled on a page no one else opens.
 * Over HTTP as a browser would, then once in Chromium with the keyboard, axe checking each page.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
public class AccessibilityStatementIT extends BlackBoxTestBase {

    private static final String STATEMENT = "public/accessibility.xhtml";
    private static final String ADMIN_PAGE = "admin/accessibility-feedback.xhtml";
    private static final String ADAM_MAIL = "adam@demo.anslag.se";
    private static final String MAIL_SUBJECT = "Ny rapport om tillgänglighetsbrist";
    private static final Duration MAIL_PATIENCE = Duration.ofSeconds(60);
    private static final Pattern FOOTER_LINK = Pattern.compile("<a[^>]*href=\"([^\"]*)\"[^>]*id=\"footer-accessibility\""
            + "|<a[^>]*id=\"footer-accessibility\"[^>]*href=\"([^\"]*)\"");

    /** What the anonymous visitor reports: unique to this run, so other runs' reports do not count. */
    private static final String REPORT = "Knappen Sök går inte att nå med tangentbordet " + UUID.randomUUID();

    @BeforeAll
    static void mailServer() {
        MailServer.start();
    }

    @Test
    @Order(1)
    public void aPublicPageAndASignedInPageLinkToTheStatementInTheirFooter() {
        String publicPage = browser().get("public/calls.xhtml").body();
        assertThat(footerLink(publicPage)).isEqualTo("/anslag/public/accessibility.xhtml?from=%2Fpublic%2Fcalls.xhtml");
        assertThat(publicPage).contains("<footer class=\"site-footer\">");

        String signedInPage = signedIn("anna").get("application/my-applications.xhtml").body();
        assertThat(footerLink(signedInPage)).isEqualTo(
                "/anslag/public/accessibility.xhtml?from=%2Fapplication%2Fmy-applications.xhtml");

        assertThat(footerLink(browser().get("login.xhtml").body())).as("the sign-in page has the footer too")
                .endsWith("from=%2Flogin.xhtml");
    }

    @Test
    @Order(2)
    public void theStatementSaysHowAccessibleAnslagIsAndWhereToComplain() {
        HttpResponse<String> statement = browser().get(STATEMENT + "?from=%2Fpublic%2Fcalls.xhtml");

        assertThat(statement.statusCode()).isEqualTo(200);
        String page = Html.unescape(statement.body());
        assertThat(page).contains("delvis förenlig", "WCAG 2.1 nivå AA", "Myndigheten för digital förvaltning (Digg)",
                "href=\"https://www.digg.se/tdosanmalan\"", "svarar vi inom fem arbetsdagar", "självskattning", "axe-core",
                "2 december 2026");
        assertThat(Html.element(page, "gaps", "ul")).contains("tabellen bredvid kartan", "PDF");
        assertThat(inputValue(page, "feedback:page")).as("the page the footer link was followed from")
                .isEqualTo("/public/calls.xhtml");
    }

    @Test
    @Order(3)
    public void aReportWithoutTextIsRefusedNamingTheFieldAndKeepsWhatWasTyped() {
        WebClient visitor = browser();
        String form = visitor.get(STATEMENT).body();

        HttpResponse<String> empty = visitor.submit(form, "feedback", Map.of("feedback:barrier", "  ",
                "feedback:page", "/call/programmes.xhtml", "feedback:replyEmail", "sam@example.se"), "feedback:send");

        assertThat(empty.statusCode()).isEqualTo(200);
        String page = Html.unescape(empty.body());
        assertThat(page).contains("Vad hindrar dig: Fyll i det här fältet.").doesNotContain("Tack för din rapport");
        assertThat(Html.element(page, "page-messages", "div")).contains("Rapporten är inte skickad.");
        assertThat(inputValue(page, "feedback:replyEmail")).isEqualTo("sam@example.se");
        assertThat(inputValue(page, "feedback:page")).isEqualTo("/call/programmes.xhtml");

        HttpResponse<String> badAddress = visitor.submit(empty.body(), "feedback", Map.of("feedback:barrier",
                "Texten är för ljus", "feedback:page", "", "feedback:replyEmail", "sam at example"), "feedback:send");

        page = Html.unescape(badAddress.body());
        assertThat(page).contains("E-postadress för svar: Ange en e-postadress");
        assertThat(Html.element(page, "feedback:barrier", "textarea")).contains("Texten är för ljus");
    }

    @Test
    @Order(4)
    public void anAnonymousReportIsThankedAndStoredOnceThoughTheButtonIsPressedTwice() {
        WebClient visitor = browser();
        String form = visitor.get(STATEMENT + "?from=%2Fpublic%2Fcalls.xhtml").body();
        Map<String, String> typed = Map.of("feedback:barrier", REPORT, "feedback:page", "/public/calls.xhtml",
                "feedback:replyEmail", "sam@example.se");

        HttpResponse<String> first = visitor.submit(form, "feedback", typed, "feedback:send");
        HttpResponse<String> second = visitor.submit(form, "feedback", typed, "feedback:send");

        assertThat(first.statusCode()).isEqualTo(302);
        assertThat(second.statusCode()).as("the second click is thanked as well").isEqualTo(302);
        String thanked = Html.unescape(visitor.get(STATEMENT).body());
        assertThat(Html.element(thanked, "page-messages", "div")).contains("Tack för din rapport!");
    }

    @Test
    @Order(5)
    public void everyAdministratorIsMailedOnceAboutTheReport() {
        List<MimeMessage> mails = mailsAbout(REPORT, 1);

        assertThat(mails).hasSize(1);
        String body = MailServer.body(mails.get(0));
        assertThat(body).contains("Sida: /public/calls.xhtml", "Svar önskas till: sam@example.se",
                "admin/accessibility-feedback.xhtml", "Page: /public/calls.xhtml");
        // a second mail would have come by now if the second click had stored a second report
        assertThat(mailsAbout(REPORT, 2)).hasSize(1);
    }

    @Test
    @Order(6)
    public void adamSeesTheReportOnceAndMarksItHandled() {
        WebClient adam = signedIn("adam");
        String list = adam.get(ADMIN_PAGE).body();
        assertThat(Html.unescape(list).split(Pattern.quote(REPORT), -1)).as("the report is listed once").hasSize(2);
        assertThat(list).contains("id=\"nav-accessibility-feedback\"");
        String row = rowOf(list, REPORT);
        assertThat(row).contains("/public/calls.xhtml", "sam@example.se", ">Ny<");

        HttpResponse<String> handled = adam.submit(list, "reports", Map.of(), handleButton(row));

        assertThat(handled.statusCode()).isEqualTo(302);
        String after = adam.get(ADMIN_PAGE).body();
        assertThat(Html.unescape(Html.element(after, "page-messages", "div"))).contains("är markerad som hanterad");
        assertThat(rowOf(after, REPORT)).contains(">Hanterad<", "adam").doesNotContain(":handle\"");
    }

    @Test
    @Order(7)
    public void onlyAnAdministratorOpensTheReports() {
        assertThat(signedIn("anna").get(ADMIN_PAGE).statusCode()).isEqualTo(403);
        assertThat(signedIn("maria").get(ADMIN_PAGE).statusCode()).isEqualTo(403);
        HttpResponse<String> anonymous = browser().get(ADMIN_PAGE);
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location").orElse("")).contains("login.xhtml");
    }

    /**
     * In Chromium, with axe on every page: the footer link, then the form reached with Tab alone,
     * sent with Enter, in Swedish and in English; adam's page of reports.
     */
    @Test
    @Order(8)
    public void aKeyboardUserReportsABarrierFromTheFooterInChromium() throws Exception {
        String report = "Fokus syns inte i kartan " + UUID.randomUUID();
        try (Browser browser = Browser.onTheApplication("accessibility", "accessibility")) {
            browser.open("public/results.xhtml");
            browser.clickLink(By.id("footer-accessibility"));
            assertThat(browser.heading()).isEqualTo("Tillgänglighetsredogörelse för Anslag");
            assertThat(browser.value("feedback:page")).isEqualTo("/public/results.xhtml");
            browser.screenshot("statement");
            browser.script("document.getElementById('feedback-heading').scrollIntoView();");
            browser.screenshot("statement-form");

            browser.tabToAndPressEnter("feedback:send", 120);
            assertThat(browser.text("page-messages")).as("said at the top, where the focus is")
                    .isEqualTo("Rapporten är inte skickad. Vad hindrar dig: Fyll i det här fältet.");
            assertThat(browser.focused().getAttribute("id")).isEqualTo("page-messages");
            browser.screenshot("empty-report-refused");
            browser.script("document.getElementById('feedback-heading').scrollIntoView();");
            browser.screenshot("empty-report-refused-at-the-field");

            browser.tabTo("feedback:barrier");
            browser.press(report);
            browser.tabTo("feedback:send");
            browser.pressAndWaitForPage(Keys.ENTER);
            assertThat(browser.text("page-messages")).contains("Tack för din rapport!");
            assertThat(browser.focused().getAttribute("id")).as("the thanks has the focus").isEqualTo("page-messages");
            browser.screenshot("thanked");
            browser.script("window.scrollTo(0, document.body.scrollHeight);");
            browser.screenshot("footer");

            browser.click("session-form:lang-en");
            assertThat(browser.heading()).isEqualTo("Accessibility statement for Anslag");
            assertThat(browser.pageText()).contains("partially compliant", "WCAG 2.1 level AA");
            browser.screenshot("statement-english");

            browser.signIn("adam");
            browser.open(ADMIN_PAGE);
            assertThat(browser.pageText()).contains(report);
            browser.screenshot("reports");
        }
    }

    private static String footerLink(String html) {
        Matcher link = FOOTER_LINK.matcher(html);
        assertThat(link.find()).as("a footer link to the statement").isTrue();
        return Html.unescape(link.group(1) != null ? link.group(1) : link.group(2));
    }

    private static String inputValue(String html, String name) {
        Matcher input = Pattern.compile("<input[^>]*name=\"" + Pattern.quote(name) + "\"[^>]*>").matcher(html);
        assertThat(input.find()).as("field " + name).isTrue();
        Matcher value = Pattern.compile("value=\"([^\"]*)\"").matcher(input.group());
        return value.find() ? Html.unescape(value.group(1)) : "";
    }

    /** The table row that holds the text. */
    private static String rowOf(String html, String text) {
        String page = Html.unescape(html);
        int at = page.indexOf(text);
        assertThat(at).as("the report is listed").isNotNegative();
        return page.substring(page.lastIndexOf("<tr", at), page.indexOf("</tr>", at));
    }

    private static String handleButton(String row) {
        Matcher button = Pattern.compile("name=\"(reports:list:\\d+:handle)\"").matcher(row);
        assertThat(button.find()).as("a button to mark the report handled in " + row).isTrue();
        return button.group(1);
    }

    /** adam's mails about the report, once at least {@code count} have come or the patience has run out. */
    private static List<MimeMessage> mailsAbout(String report, int count) {
        return MailServer.await(() -> MailServer.to(ADAM_MAIL, MAIL_SUBJECT).stream()
                .filter(mail -> MailServer.body(mail).contains(report)).toList(),
                count, count == 1 ? MAIL_PATIENCE : Duration.ofSeconds(5));
    }
}
