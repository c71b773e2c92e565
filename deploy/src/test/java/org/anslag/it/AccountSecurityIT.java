package org.anslag.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.anslag.it.support.Html;
import org.anslag.it.support.MailServer;
import org.anslag.it.support.WebClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Accounts as their users meet them over HTTP: sign-in throttling and lockout, signing in over
 * someone else's session, deactivation ending an open session, password change and reset by link,
 * registration that confirms the address and never tells who exists, and affiliations kept by ADMIN.
 * Each test works on accounts of its own (invited by adam), so throttling one never touches another.
 */
class AccountSecurityIT extends BlackBoxTestBase {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String PASSWORD = "ett långt lösenord";
    private static final String WRONG = "inte rätt lösenord";
    private static final String WRONG_ANSWER = "Fel användarnamn eller lösenord";
    private static final String WAIT_ANSWER = "För många försök. Vänta en minut och försök igen.";
    private static final String LOCKED_ANSWER = "Kontot är tillfälligt låst";

    @BeforeAll
    static void mail() {
        MailServer.start();
    }

    @Test
    void theFifthWrongPasswordInAMinuteIsThrottledAndSoIsTheRightOneAfterIt() {
        String user = invite("Tove Throttle", "EVALUATOR", null);
        WebClient browser = browser();

        for (int attempt = 1; attempt <= 4; attempt++) {
            assertThat(text(browser.signIn(user, WRONG))).as("wrong password %d", attempt).contains(WRONG_ANSWER);
        }
        assertThat(text(browser.signIn(user, WRONG))).as("the fifth within the minute").contains(WAIT_ANSWER)
                .doesNotContain(WRONG_ANSWER);
        HttpResponse<String> right = browser.signIn(user, PASSWORD);

        assertThat(right.statusCode()).as("even the right password waits").isEqualTo(200);
        assertThat(text(right)).contains(WAIT_ANSWER);
        assertThat(browser.get("workflow/tasks.xhtml").statusCode()).as("not signed in").isIn(302, 303);
    }

    @Test
    void repeatedAttemptsLockTheAccountTellTheOwnerAndAResetLinkOpensItAgain() {
        String user = invite("Lotta Lockout", "EVALUATOR", null);
        WebClient browser = browser();

        String answer = "";
        for (int attempt = 1; attempt <= 10; attempt++) {
            answer = text(browser.signIn(user, WRONG));
        }
        assertThat(answer).as("the tenth attempt within a quarter").contains(LOCKED_ANSWER);
        assertThat(text(browser.signIn(user, PASSWORD))).as("the right password while locked").contains(LOCKED_ANSWER);
        var lockMail = MailServer.await(email(user), "Ditt konto i Anslag är tillfälligt låst", 1, PATIENCE);
        assertThat(lockMail).as("the owner hears of it once").hasSize(1);
        assertThat(MailServer.body(lockMail.get(0))).contains("låst i 15 minuter", "forgot-password.xhtml");

        WebClient owner = browser();
        HttpResponse<String> forgot = postForm(owner, "forgot-password.xhtml", "forgot",
                Map.of("forgot:email", email(user)), "forgot:send");
        assertThat(forgot.statusCode()).isIn(302, 303);
        assertThat(text(owner.get("login.xhtml"))).contains("Om ett aktivt konto har adressen " + email(user));
        String link = link(MailServer.await(email(user), "Välj ett nytt lösenord i Anslag", 1, PATIENCE).get(0),
                "reset-password\\.xhtml\\?token=[A-Za-z0-9_-]{43}");
        String newPassword = "ett nytt långt lösenord";
        HttpResponse<String> reset = postForm(owner, link, "reset",
                Map.of("reset:password", newPassword, "reset:passwordAgain", newPassword), "reset:save");
        assertThat(reset.statusCode()).as(text(reset)).isIn(302, 303);

        assertThat(owner.signIn(user, newPassword).statusCode()).as("the reset ends the lockout").isIn(302, 303);
        assertThat(text(browser().get(link))).as("the link works once").contains("Länken är redan använd eller har gått ut");
    }

    @Test
    void aResetRequestForAnUnknownAddressAnswersAlikeAndMailsNobody() {
        WebClient anonymous = browser();
        String unknown = "ingen-" + suffix() + "@example.se";

        HttpResponse<String> forgot = postForm(anonymous, "forgot-password.xhtml", "forgot",
                Map.of("forgot:email", unknown), "forgot:send");

        assertThat(forgot.statusCode()).isIn(302, 303);
        assertThat(text(anonymous.get("login.xhtml"))).contains("Om ett aktivt konto har adressen " + unknown);
        assertThat(MailServer.await(unknown, "", 1, Duration.ofSeconds(3))).isEmpty();
    }

    @Test
    void signingInOverAnotherUsersSessionActsAndAuditsAsTheNewUser() {
        String user = invite("Signe Second", "EVALUATOR", null);
        WebClient shared = browser();
        assertThat(shared.signIn("anna", DEMO_PASSWORD).statusCode()).isIn(302, 303);
        assertThat(text(shared.get("workflow/tasks.xhtml"))).contains("Anna Lindqvist");

        assertThat(shared.signIn("maria", DEMO_PASSWORD).statusCode()).isIn(302, 303);
        assertThat(text(shared.get("workflow/tasks.xhtml"))).as("the header names the new user")
                .contains("Maria Ek").doesNotContain("Anna Lindqvist");
        String programme = "Program " + suffix();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("programme:name", programme);
        fields.put("programme:budget", "1000000");
        fields.put("programme:startsOn_input", "2026-01-01");
        fields.put("programme:endsOn_input", "2027-12-31");
        fields.put("programme:goals", "Skapat efter byte av användare");
        HttpResponse<String> created = postForm(shared, "call/programmes.xhtml", "programme", fields, "programme:create");
        assertThat(created.statusCode()).as("an applicant would be refused: %s", text(created)).isIn(200, 302, 303);
        assertThat(text(shared.get("call/programmes.xhtml"))).as("created as maria").contains(programme);

        assertThat(shared.signIn(user, PASSWORD).statusCode()).isIn(302, 303);
        HttpResponse<String> changed = postForm(shared, "account/password.xhtml", "change-password",
                Map.of("change-password:currentPassword", PASSWORD, "change-password:password", "ett bytt långt lösenord",
                        "change-password:passwordAgain", "ett bytt långt lösenord"), "change-password:change");
        assertThat(changed.statusCode()).as(text(changed)).isIn(302, 303);
        assertThat(browser().signIn(user, "ett bytt långt lösenord").statusCode()).as("the new user's password changed")
                .isIn(302, 303);
        assertThat(browser().signIn("maria", DEMO_PASSWORD).statusCode()).as("maria's password unchanged").isIn(302, 303);

        WebClient adam = signedIn("adam");
        String history = Html.unescape(Html.element(adam.get("admin/users.xhtml?user=" + user).body(), "history", "table"));
        assertThat(history).as("audited as the user who signed in last").contains("CHANGE_PASSWORD", "Signe Second")
                .doesNotContain("Maria Ek").doesNotContain("Anna Lindqvist");
    }

    @Test
    void aDeactivatedUsersOpenSessionEndsAtTheNextRequestUntilReactivated() {
        String user = invite("Dora Deactivated", "EVALUATOR", null);
        WebClient dora = signedIn(user, PASSWORD);
        assertThat(dora.get("workflow/tasks.xhtml").statusCode()).isEqualTo(200);

        WebClient adam = signedIn("adam");
        HttpResponse<String> deactivated = postForm(adam, "admin/users.xhtml?user=" + user, "user", Map.of(), "user:deactivate");
        assertThat(deactivated.statusCode()).as(text(deactivated)).isIn(302, 303);

        HttpResponse<String> next = dora.get("workflow/tasks.xhtml");
        assertThat(next.statusCode()).isIn(302, 303);
        assertThat(next.headers().firstValue("Location").orElse("")).contains("login.xhtml?ended=true");
        assertThat(text(dora.get("login.xhtml?ended=true"))).contains("Din session har avslutats");
        assertThat(dora.get("workflow/tasks.xhtml").statusCode()).as("signed out for good").isIn(302, 303);
        assertThat(text(dora.signIn(user, PASSWORD))).as("no new sign-in either").contains(WRONG_ANSWER);

        postForm(adam, "admin/users.xhtml?user=" + user, "user", Map.of(), "user:reactivate");
        assertThat(browser().signIn(user, PASSWORD).statusCode()).isIn(302, 303);
        assertThat(Html.unescape(Html.element(adam.get("admin/users.xhtml?user=" + user).body(), "history", "table")))
                .contains("DEACTIVATE_USER", "REACTIVATE_USER", "Adam Ström");
    }

    @Test
    void anInvitedEvaluatorKeepsTheEmployerAndAdminChangesTheAffiliations() {
        WebClient adam = signedIn("adam");
        String user = invite("Ebba Expert", "EVALUATOR", "Timrå kommun (2262)");
        String users = text(adam.get("admin/users.xhtml"));
        assertThat(users).contains("Ebba Expert", "Timrå kommun (2262)");

        String form = adam.get("admin/users.xhtml?user=" + user).body();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("user:roles", "EVALUATOR");
        fields.put("user:organisation_hinput", adam.suggestion(form, "user", "user:organisation", "Timr", "Timrå kommun (2262)"));
        fields.put("user:affiliation_hinput", adam.suggestion(form, "user", "user:affiliation", "2281", "Sundsvalls kommun (2281)"));
        HttpResponse<String> added = adam.submit(form, "user", fields, "user:add-affiliation");
        assertThat(Html.unescape(Html.element(added.body(), "chosen-affiliations", "ul"))).contains("Sundsvalls kommun (2281)");
        fields.remove("user:affiliation_hinput");
        HttpResponse<String> saved = adam.submit(added.body(), "user", fields, "user:save");
        assertThat(saved.statusCode()).as(text(saved)).isIn(302, 303);

        String page = adam.get("admin/users.xhtml?user=" + user).body();
        assertThat(Html.unescape(Html.element(page, "users", "table")))
                .contains("Timrå kommun (2262), Sundsvalls kommun (2281)");
        assertThat(Html.unescape(Html.element(page, "history", "table"))).contains("CHANGE_USER", "Sundsvalls kommun");
    }

    @Test
    void aRegistrationReachesAdminOnlyOnceTheAddressIsConfirmedAndNeverTellsWhoExists() {
        String username = "reg" + suffix();
        String email = username + "@sundsvall.example";
        String received = register("Rut Registrerad", email, username);
        assertThat(received).contains("Vi har skickat ett e-postmeddelande till " + email);
        WebClient adam = signedIn("adam");
        assertThat(text(adam.get("admin/registrations.xhtml"))).as("not before the address is confirmed").doesNotContain(username);

        String link = link(MailServer.await(email, "Bekräfta din e-postadress", 1, PATIENCE).get(0),
                "confirm-email\\.xhtml\\?token=[A-Za-z0-9_-]{43}");
        assertThat(text(browser().get(link))).contains("Din e-postadress är bekräftad");
        assertThat(text(adam.get("admin/registrations.xhtml"))).contains(username);
        assertThat(text(browser().get(link))).as("the link works once").contains("Länken är redan använd");

        String again = register("Någon Annan", email, "other" + suffix());
        String takenName = "fresh" + suffix() + "@sundsvall.example";
        String taken = register("Tredje Person", takenName, "anna");
        assertThat(again).as("a known address answers alike").contains("Vi har skickat ett e-postmeddelande till " + email);
        assertThat(taken).as("a taken user name answers alike").contains("Vi har skickat ett e-postmeddelande till " + takenName);
        assertThat(MailServer.await(email, "Någon försökte registrera din e-postadress", 1, PATIENCE)).hasSize(1);
        assertThat(MailServer.await(takenName, "Välj ett annat användarnamn", 1, PATIENCE)).hasSize(1);
    }

    /** Registers through the form and returns the text of the page the answer leads to. */
    private String register(String fullName, String email, String username) {
        WebClient anonymous = browser();
        String page = anonymous.get("register.xhtml").body();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("register:fullName", fullName);
        fields.put("register:email", email);
        fields.put("register:municipality_hinput", anonymous.suggestion(page, "register", "register:municipality", "Sundsv",
                "Sundsvalls kommun (2281)"));
        fields.put("register:username", username);
        fields.put("register:password", PASSWORD);
        fields.put("register:passwordAgain", PASSWORD);
        HttpResponse<String> answer = anonymous.submit(page, "register", fields, "register:submit");
        assertThat(answer.statusCode()).as(text(answer)).isIn(302, 303);
        return text(anonymous.get("login.xhtml"));
    }

    /** adam invites a person in the role (and organisation), who accepts with {@link #PASSWORD}; returns the user name. */
    private String invite(String fullName, String role, String organisationLabel) {
        String username = fullName.split(" ")[0].toLowerCase() + suffix();
        WebClient adam = signedIn("adam");
        String page = adam.get("admin/invitations.xhtml").body();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("invite:fullName", fullName);
        fields.put("invite:email", email(username));
        fields.put("invite:role", role);
        if (organisationLabel != null) {
            fields.put("invite:organisation_hinput", adam.suggestion(page, "invite", "invite:organisation",
                    organisationLabel.substring(0, 4), organisationLabel));
        }
        HttpResponse<String> sent = adam.submit(page, "invite", fields, "invite:send");
        assertThat(sent.statusCode()).as(text(sent)).isIn(302, 303);
        String link = link(MailServer.await(email(username), "Du är inbjuden till Anslag", 1, PATIENCE).get(0),
                "accept-invitation\\.xhtml\\?token=[A-Za-z0-9_-]{43}");
        WebClient invitee = browser();
        Map<String, String> accept = new LinkedHashMap<>();
        accept.put("accept:token", link.substring(link.indexOf('=') + 1));
        accept.put("accept:username", username);
        accept.put("accept:password", PASSWORD);
        accept.put("accept:passwordAgain", PASSWORD);
        HttpResponse<String> accepted = postForm(invitee, link, "accept", accept, "accept:submit");
        assertThat(accepted.statusCode()).as(text(accepted)).isIn(302, 303);
        return username;
    }

    private WebClient signedIn(String username, String password) {
        WebClient client = browser();
        assertThat(client.signIn(username, password).statusCode()).as("sign-in of " + username).isIn(302, 303);
        return client;
    }

    /** GETs the page and posts its form, as a browser would: its hidden fields, the typed ones and the pressed button. */
    private static HttpResponse<String> postForm(WebClient client, String path, String formId, Map<String, String> fields,
                                                 String button) {
        return client.submit(client.get(path).body(), formId, fields, button);
    }


    private static String link(jakarta.mail.internet.MimeMessage mail, String pattern) {
        Matcher link = Pattern.compile(pattern).matcher(MailServer.body(mail));
        assertThat(link.find()).as("link in " + MailServer.body(mail)).isTrue();
        return link.group();
    }

    private static String text(HttpResponse<String> response) {
        return Html.unescape(response.body());
    }

    private static String email(String username) {
        return username + "@accounts.example";
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8).replace("-", "");
    }
}
