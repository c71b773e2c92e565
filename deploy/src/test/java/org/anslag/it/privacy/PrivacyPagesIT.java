package org.anslag.it.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.anslag.it.BlackBoxTestBase;
import org.anslag.it.support.WebClient;
import org.junit.jupiter.api.Test;

/**
 * Over HTTP: ADMIN reads the register of personal data and downloads it, finds a person and their
 * data; an erasure that is not confirmed, or names too short a detail, is refused next to the
 * field with what was typed kept. Nobody else gets in.
 */
class PrivacyPagesIT extends BlackBoxTestBase {

    @Test
    void adminReadsAndExportsTheRegister() {
        WebClient adam = signedIn("adam");
        assertThat(text(adam.get("admin/personal-data.xhtml"))).contains("Register över personuppgifter", "app_user",
                "Uppgift av allmänt intresse", "grant_application");
        HttpResponse<byte[]> csv = adam.download("api/privacy/register.csv?lang=en");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(new String(csv.body(), StandardCharsets.UTF_8)).startsWith("\uFEFFentity;table;columns;purpose")
                .contains("\"app_user\"", "Task in the public interest");
        HttpResponse<byte[]> pdf = adam.download("api/privacy/register.pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
    }

    @Test
    void adminFindsAPersonAndAnUnconfirmedOrTooVagueErasureIsRefused() {
        WebClient adam = signedIn("adam");
        assertThat(text(adam.get("admin/data-subjects.xhtml?search=lina"))).contains("lina");
        String page = adam.get("admin/data-subjects.xhtml?user=lina").body();
        assertThat(text(page)).contains("app_user", "Radera personen");
        HttpResponse<byte[]> json = adam.download("api/privacy/subjects/lina.json");
        assertThat(json.statusCode()).isEqualTo(200);
        assertThat(new String(json.body(), StandardCharsets.UTF_8)).contains("\"username\": \"lina\"", "\"table\": \"app_user\"");

        HttpResponse<String> unconfirmed = adam.submit(page, "erase", Map.of("erase:others", "811218-9876"), "erase:erase-person");
        assertThat(unconfirmed.statusCode()).isEqualTo(200);
        assertThat(text(unconfirmed.body())).contains("Kryssa i att du har kontrollerat personen");
        assertThat(unconfirmed.body()).contains("811218-9876");

        HttpResponse<String> vague = adam.submit(unconfirmed.body(), "erase",
                Map.of("erase:others", "070", "erase:confirmed", "on"), "erase:erase-person");
        assertThat(vague.statusCode()).isEqualTo(200);
        assertThat(text(vague.body())).contains("Andra uppgifter som identifierar personen: ”070” är för kort");
        assertThat(text(adam.get("admin/data-subjects.xhtml?search=lina"))).as("lina is still there").contains("Aktiv");
    }

    @Test
    void thePagesAndFilesAreAdminsAlone() {
        WebClient maria = signedIn("maria");
        for (String path : new String[] {"admin/personal-data.xhtml", "admin/data-subjects.xhtml",
                "api/privacy/register.csv", "api/privacy/subjects/lina.json"}) {
            assertThat(maria.get(path).statusCode()).as(path).isEqualTo(403);
            assertThat(browser().get(path).statusCode()).as(path).isIn(302, 303, 401);
        }
    }

    private static String text(String html) {
        return html.replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ");
    }

    private static String text(HttpResponse<String> page) {
        assertThat(page.statusCode()).isEqualTo(200);
        return text(page.body());
    }
}
