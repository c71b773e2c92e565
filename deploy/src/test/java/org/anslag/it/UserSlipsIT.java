package org.anslag.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.SoftAssertions.assertSoftly;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.anslag.it.support.Html;
import org.anslag.it.support.WebClient;
import org.junit.jupiter.api.Test;

/**
 * A user's own slips get a message that says what to do, never the error page: a page address
 * whose key names nothing, a call form with several mistakes at once, an empty file, a draft
 * reopened after its deadline.
 */
class UserSlipsIT extends BlackBoxTestBase {

    private static final Pattern SCRIPT = Pattern.compile("(?is)<script\\b.*?</script>");
    private static final List<String> MALFORMED = List.of("abc", "99999999999999999999", "", "%3Cscript%3E");

    /** A page, its key, who may open it, and a key of the right form that names nothing. */
    private record Page(String path, String key, String who, String unknown) {
    }

    private static final List<Page> PAGES = List.of(
            new Page("application/application.xhtml", "number", "anna", "TB-1999-9999"),
            new Page("application/edit-application.xhtml", "number", "anna", "TB-1999-9999"),
            new Page("application/edit-application.xhtml", "call", "anna", "999999"),
            new Page("application/answers.xhtml", "number", "anna", "TB-1999-9999"),
            new Page("application/budget.xhtml", "number", "anna", "TB-1999-9999"),
            new Page("application/attachments.xhtml", "number", "anna", "TB-1999-9999"),
            new Page("application/confirm-partnership.xhtml", "number", "tomas", "TB-1999-9999"),
            new Page("award/accept-agreement.xhtml", "number", "anna", "TB-1999-9999"),
            new Page("followup/submit-progress-report.xhtml", "number", "anna", "TB-1999-9999"),
            new Page("review/check-eligibility.xhtml", "number", "maria", "TB-1999-9999"),
            new Page("review/assign-evaluators.xhtml", "number", "maria", "TB-1999-9999"),
            new Page("review/replace-evaluator.xhtml", "number", "maria", "TB-1999-9999"),
            new Page("award/decide-funding.xhtml", "number", "maria", "TB-1999-9999"),
            new Page("award/approve-decision.xhtml", "number", "maria", "TB-1999-9999"),
            new Page("followup/report-assessors.xhtml", "number", "maria", "TB-1999-9999"),
            new Page("review/declare-conflicts.xhtml", "number", "erik", "TB-1999-9999"),
            new Page("review/score-application.xhtml", "number", "erik", "TB-1999-9999"),
            new Page("followup/assess-progress-report.xhtml", "number", "erik", "TB-1999-9999"),
            new Page("call/edit-call.xhtml", "call", "maria", "999999"),
            new Page("call/application-form.xhtml", "call", "maria", "999999"),
            new Page("call/indicators.xhtml", "call", "maria", "999999"),
            new Page("call/ranking.xhtml", "call", "maria", "999999"),
            new Page("finance/payment-plans.xhtml", "call", "fatima", "999999"),
            new Page("finance/pay-installment.xhtml", "number", "fatima", "TB-1999-9999"),
            new Page("call/create-call.xhtml", "programme", "maria", "999999"),
            new Page("call/evaluator-pool.xhtml", "programme", "maria", "999999"),
            new Page("call/vocabulary.xhtml", "programme", "maria", "999999"),
            new Page("admin/users.xhtml", "user", "adam", "nobody-by-that-name"));

    /**
     * A page address with a key that names nothing (mistyped, cut short, too large for an id, or
     * simply unknown) gets the not-found page and 404, for the role that may open the page.
     */
    @Test
    void everyPageAnswersAMalformedTooLargeEmptyOrUnknownKeyWithTheNotFoundPage() {
        Map<String, WebClient> users = Map.of("anna", signedIn("anna"), "tomas", signedIn("tomas"),
                "maria", signedIn("maria"), "erik", signedIn("erik"), "fatima", signedIn("fatima"), "adam", signedIn("adam"));
        assertSoftly(softly -> {
            for (Page page : PAGES) {
                for (String value : values(page)) {
                    String address = page.path() + "?" + page.key() + "=" + value;
                    HttpResponse<String> answer = users.get(page.who()).get(address);
                    String text = Html.unescape(SCRIPT.matcher(answer.body()).replaceAll(""));
                    softly.assertThat(answer.statusCode()).as("%s as %s", address, page.who()).isEqualTo(404);
                    softly.assertThat(text).as("%s as %s", address, page.who())
                            .contains("Det du letar efter finns inte")
                            .doesNotContain("Exception").doesNotContain("at org.");
                }
            }
        });
    }

    /** The user administration lists everyone when no user is chosen: only a key that names nobody is a slip there. */
    private static List<String> values(Page page) {
        if (page.key().equals("user")) {
            return List.of(page.unknown(), "%3Cscript%3E");
        }
        return Stream.concat(MALFORMED.stream(), Stream.of(page.unknown())).toList();
    }

    @Test
    void theUserAdministrationWithoutAChosenUserListsEveryone() {
        HttpResponse<String> list = signedIn("adam").get("admin/users.xhtml?user=");
        assertThat(list.statusCode()).isEqualTo(200);
    }

    /** Close before open, a negative budget, a maximum grant in words and weights -3 and abc: all told at once, each with its fix. */
    @Test
    void aNewCallWithSeveralMistakesShowsEveryMistakeInOneRound() {
        WebClient maria = signedIn("maria");
        String page = maria.get("call/create-call.xhtml?programme=" + programme(maria)).body();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("call:title", "Misstag i en omgång");
        fields.put("call:opensAt_input", "2031-05-10 12:00");
        fields.put("call:closesAt_input", "2031-05-01 12:00");
        fields.put("call:budget", "-5000");
        fields.put("call:maxGrant", "en miljon");
        List<String> names = inputNames(page, "criterion-name");
        List<String> weights = inputNames(page, "criterion-weight");
        fields.put(names.get(0), "Nytta");
        fields.put(weights.get(0), "-3");
        fields.put(names.get(1), "Genomförande");
        fields.put(weights.get(1), "abc");

        HttpResponse<String> answer = maria.submit(page, "call", fields, "call:create");

        String text = Html.unescape(SCRIPT.matcher(answer.body()).replaceAll(""));
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(text).contains(
                "Sista ansökningsdag: Sista ansökningsdag måste vara efter öppningstiden",
                "Budget: Beloppet får inte vara negativt",
                "Högsta bidrag per projekt: Ange beloppet med siffror",
                "Vikt 1: Ange vikten som ett heltal mellan 1 och 100",
                "Vikt 2: Ange vikten som ett heltal mellan 1 och 100");
        assertThat(text).as("what was typed stays").contains("value=\"abc\"", "value=\"en miljon\"");
    }

    @Test
    void anEmptyFileIsCalledEmptyAndNoFileIsAskedFor() {
        WebClient anna = signedIn("anna");
        String attachments = "application/attachments.xhtml?number=" + draftOverApi(anna);

        String empty = text(anna.upload(anna.get(attachments).body(), "attach", "attach:file", "tom.pdf", new byte[0], "attach:upload"));
        String none = text(anna.upload(anna.get(attachments).body(), "attach", "attach:file", "", new byte[0], "attach:upload"));

        assertThat(empty).contains("Filen är tom (0 byte)").doesNotContain("Välj en fil att ladda upp");
        assertThat(none).contains("Välj en fil att ladda upp").doesNotContain("Filen är tom");
    }

    /** A draft of a call whose deadline has passed invites no submission, neither on its page nor in the list. */
    @Test
    void aDraftAfterItsDeadlineSaysTheDeadlineHasPassed() throws InterruptedException {
        WebClient maria = signedIn("maria");
        LocalDateTime now = LocalDateTime.now(ZoneId.of("Europe/Stockholm")).withSecond(0).withNano(0);
        String create = maria.get("call/create-call.xhtml?programme=" + programme(maria)).body();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("call:title", "Snart stängd " + System.nanoTime());
        fields.put("call:type_input", "IDEA_HUB");
        fields.put("call:opensAt_input", STAMP.format(now.minusHours(2)));
        fields.put("call:closesAt_input", STAMP.format(now.plusHours(2)));
        fields.put("call:budget", "1000000");
        fields.put("call:maxGrant", "500000");
        fields.put(inputNames(create, "criterion-name").get(0), "Nytta");
        fields.put(inputNames(create, "criterion-weight").get(0), "100");
        HttpResponse<String> created = maria.submit(create, "call", fields, "call:create");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
        String editCall = app().relativize(app().resolve(created.headers().firstValue("Location").orElseThrow())).toString();
        String callId = editCall.replaceAll(".*call=(\\d+).*", "$1");
        assertThat(maria.submit(maria.get(editCall).body(), "publishing", Map.of(), "publishing:publish").statusCode())
                .isEqualTo(302);
        WebClient anna = signedIn("anna");
        HttpResponse<String> draft = anna.postBody("api/applications", "application/json",
                ("{\"callId\":" + callId + ",\"title\":\"Sent utkast\",\"summary\":\"Klart.\",\"requestedAmount\":100000}")
                        .getBytes(StandardCharsets.UTF_8), Map.of("X-Requested-By", "it", "Accept", "application/json"));
        assertThat(draft.statusCode()).as(draft.body()).isEqualTo(201);
        String number = draft.body().replaceAll(".*\"number\":\"([^\"]+)\".*", "$1");

        Map<String, String> schedule = new LinkedHashMap<>();
        schedule.put("schedule:opensAt_input", STAMP.format(now.minusHours(2)));
        schedule.put("schedule:closesAt_input", STAMP.format(now.minusMinutes(1)));
        schedule.put("schedule:budget", "1000000");
        schedule.put("schedule:maxGrant", "500000");
        assertThat(maria.submit(maria.get(editCall).body(), "schedule", schedule, "schedule:save").statusCode()).isEqualTo(302);

        String form = text(anna.get("application/edit-application.xhtml?number=" + number));
        String list = text(anna.get("application/my-applications.xhtml"));
        assertThat(form).contains("Sista ansökningsdag har passerat").doesNotContain("Ansökan kan skickas in.");
        assertThat(list).contains("Sista ansökningsdag har passerat").doesNotContain("Lämna in senast " + STAMP.format(now.minusMinutes(1)));
    }

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private static String text(HttpResponse<String> answer) {
        return Html.unescape(SCRIPT.matcher(answer.body()).replaceAll(""));
    }

    private static String programme(WebClient manager) {
        Matcher link = Pattern.compile("create-call\\.xhtml\\?programme=(\\d+)").matcher(manager.get("call/programmes.xhtml").body());
        assertThat(link.find()).as("a programme to create a call in").isTrue();
        return link.group(1);
    }

    private static List<String> inputNames(String page, String id) {
        Matcher input = Pattern.compile("name=\"([^\"]*:" + id + ")\"").matcher(page);
        List<String> names = new ArrayList<>();
        while (input.find()) {
            names.add(input.group(1));
        }
        assertThat(names).as(id + " fields").isNotEmpty();
        return names;
    }
}
