package org.anslag.it.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.anslag.it.BlackBoxTestBase;
import org.anslag.it.support.WebClient;
import org.junit.jupiter.api.Test;

/**
 * Over HTTP: ADMIN sees which member of staff opened which application and downloaded what, and
 * an applicant reading their own organisation's application leaves no trace there.
 */
class ReadLogIT extends BlackBoxTestBase {

    /** A funded project of the demo history, read by no other test. */
    private static final String HISTORY_PROJECT = "IH-2023-0009";

    @Test
    void aManagersVisitIsListedForAdminAndAnApplicantsOwnReadIsNot() {
        WebClient maria = signedIn("maria");
        assertThat(maria.get("application/application.xhtml?number=" + HISTORY_PROJECT).statusCode()).isEqualTo(200);
        WebClient anna = signedIn("anna");
        String own = draftOverApi(anna);
        assertThat(anna.get("application/application.xhtml?number=" + own).statusCode()).isEqualTo(200);

        WebClient adam = signedIn("adam");
        String visits = text(adam.get("admin/read-log.xhtml?search=" + HISTORY_PROJECT));
        assertThat(visits).contains("maria (PROGRAMME_MANAGER)", HISTORY_PROJECT, "Ansökans sida");
        assertThat(text(adam.get("admin/read-log.xhtml?search=" + own))).as("anna's read of her own draft")
                .contains("Inga läsningar matchar sökningen.").doesNotContain("anna (");
    }

    @Test
    void theLogIsAdminsAlone() {
        assertThat(signedIn("maria").get("admin/read-log.xhtml").statusCode()).isEqualTo(403);
        HttpResponse<String> anonymous = browser().get("admin/read-log.xhtml");
        assertThat(anonymous.statusCode()).isIn(302, 303);
    }

    private static String text(HttpResponse<String> page) {
        assertThat(page.statusCode()).isEqualTo(200);
        return page.body().replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ");
    }
}
