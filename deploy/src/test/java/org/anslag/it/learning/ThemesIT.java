package org.anslag.it.learning;

import static org.anslag.it.support.ServerPages.assertContains;
import static org.anslag.it.support.ServerPages.signedIn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.anslag.call.FundingCall;
import org.anslag.it.support.ServerPages;
import org.anslag.it.support.WebClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The learning pages of hinders and success factors, indicators and calibration, on reports and
 * reviews made through the services: the counts on the page and in the CSV are the seeded ones,
 * the drill-down shows only this programme's excerpts, and a researcher of another programme
 * reads none of it (and never the calibration).
 */
@ExtendWith(ArquillianExtension.class)
public class ThemesIT {

    @Test
    public void managersCountHindersDrillDownAndSeeIndicatorsAndCalibrationWhileOtherResearchersSeeNothing() {
        ThemeScenarios themes = new ThemeScenarios();
        ThemeScenarios.Seeded seeded = themes.programmeWithReports();
        FundingCall call = seeded.call();
        FundingCall other = seeded.other();
        Long programme = seeded.programme();

        WebClient maria = signedIn("maria");
        String page = "learning/themes.xhtml?programme=" + programme;
        assertContains(flat(maria.get(page)), "Brist på tid 3 2 1", "Regelverk 1 1 0", "Engagerad ledning 1 1 0", "Period 2");
        String csv = csv(maria, "api/learning/figures/themes.csv?programme=" + programme);
        assertContains(csv, "Hinder,Brist på tid,3,2,1\r\n", "Hinder,Regelverk,1,1,0\r\n", "Framgångsfaktor,Engagerad ledning,1,1,0\r\n");
        assertContains(flat(maria.get(page + "&period=2")), "Brist på tid 1 1", "Regelverk 0 0");
        assertContains(flat(maria.get(page + "&county=25")), "Brist på tid 0", "Regelverk 0");
        assertContains(flat(maria.get(page + "&county=22&callType=TEST_BED")), "Brist på tid 3 2 1");

        HttpResponse<String> refused = maria.get(page + "&period=tv%C3%A5");
        assertEquals(400, refused.statusCode());
        assertContains(flat(refused), "Rapportperioden ska vara ett heltal från 1 till 100.");
        assertEquals(422, maria.download("api/learning/figures/themes.csv?programme=" + programme + "&county=X").statusCode());

        Long time = themes.term(programme, "Brist på tid");
        String drill = flat(maria.get(page + "&term=" + time));
        assertContains(drill, "Utdrag: Brist på tid", "Förvaltningarna hann inte.", "Sommaren kom emellan.", "Svårt att hitta tid.",
                "Sundsvalls kommun");
        assertFalse(drill.contains("Annat program."), "another programme's excerpt stays out of the drill-down");
        String excerpts = csv(maria, "api/learning/figures/theme-excerpts.csv?programme=" + programme + "&term=" + time);
        assertEquals(4, excerpts.split("\r\n").length, "a heading and three excerpts:\n" + excerpts);
        assertFalse(excerpts.contains("anna"), "no reporter's name in the excerpts");
        Long othersTerm = themes.term(other.getProgramme().getId(), "Brist på tid");
        assertEquals(404, maria.get(page + "&term=" + othersTerm).statusCode(), "another programme's term is not this one's");

        String indicators = flat(maria.get("learning/indicators.xhtml?programme=" + programme));
        assertContains(indicators, "Besök (antal) Summa av perioderna 2 / 2 20 12 60 %");

        String calibration = flat(maria.get("learning/calibration.xhtml?programme=" + programme));
        assertContains(calibration, "karin Nytta 2 poäng, medel 2,5", "Systematiskt låg", "lars Nytta 2 poäng, medel 6,5", "Systematiskt hög");
        assertContains(csv(maria, "api/learning/figures/calibration.csv?programme=" + programme),
                "lars,Nytta,2,6.5,0,0,0,0,0,1,1,4,4.5,2.0,Systematiskt högt");

        WebClient ingrid = signedIn("ingrid");
        assertEquals(403, ingrid.get(page).statusCode());
        assertEquals(403, ingrid.get(page + "&term=" + time).statusCode());
        assertEquals(403, ingrid.download("api/learning/figures/themes.csv?programme=" + programme).statusCode());
        assertEquals(403, ingrid.download("api/learning/figures/theme-excerpts.csv?programme=" + programme + "&term=" + time).statusCode());
        assertEquals(403, ingrid.get("learning/indicators.xhtml?programme=" + programme).statusCode());
        assertEquals(403, ingrid.get("learning/calibration.xhtml").statusCode(), "calibration is for managers only");
        assertEquals(403, ingrid.download("api/learning/figures/calibration.csv?programme=" + programme).statusCode());
        String own = flat(ingrid.get("learning/themes.xhtml"));
        assertFalse(own.contains(call.getProgramme().getName()), "the programme is not offered to her");
    }

    private static String csv(WebClient client, String path) {
        HttpResponse<byte[]> response = client.download(path);
        assertEquals(200, response.statusCode(), path);
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    /** The page's text without markup, spaces as one. */
    private static String flat(HttpResponse<String> response) {
        return ServerPages.text(response.body()).replaceAll("<[^>]+>", " ").replace('\u00a0', ' ').replaceAll("\\s+", " ");
    }
}
