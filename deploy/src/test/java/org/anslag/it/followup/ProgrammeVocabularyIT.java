package org.anslag.it.followup;

import static org.anslag.it.support.ServerPages.assertContains;
import static org.anslag.it.support.ServerPages.signedIn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.anslag.call.FundingCall;
import org.anslag.followup.FollowUps;
import org.anslag.followup.ReportTag;
import org.anslag.followup.TermKind;
import org.anslag.followup.Vocabulary;
import org.anslag.followup.VocabularyTerm;
import org.anslag.it.support.Html;
import org.anslag.it.support.Scenarios;
import org.anslag.it.support.ServerPages;
import org.anslag.it.support.WebClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A programme's hinders and success factors through the pages: a new programme starts with the
 * seed set; a manager adds a term; the project ticks terms with excerpts on its report; the
 * manager merges, renames and retires terms, and the report keeps its tags. Runs inside the server
 * only to make the application through the services; every page is used over HTTP.
 */
@ExtendWith(ArquillianExtension.class)
public class ProgrammeVocabularyIT {

    @Test
    public void managersCurateTheVocabularyAndReportsKeepTheirTags() {
        Scenarios given = new Scenarios();
        Vocabulary vocabulary = Scenarios.ejb(Vocabulary.class);
        FollowUps followUps = Scenarios.ejb(FollowUps.class);
        FundingCall call = given.openCall("5000000", "lars");
        Long programme = call.getProgramme().getId();
        List<String> hinders = vocabulary.active(programme, TermKind.HINDER).stream().map(VocabularyTerm::getLabelSv).toList();
        assertEquals(8, hinders.size(), "a new programme starts with the seed set: " + hinders);
        assertTrue(hinders.containsAll(List.of("Brist på tid", "Samordning mellan partner")), hinders.toString());
        List<String> factors = vocabulary.active(programme, TermKind.SUCCESS_FACTOR).stream()
                .map(term -> term.label(Locale.ENGLISH)).toList();
        assertEquals(7, factors.size());
        assertTrue(factors.containsAll(List.of("Engaged leadership", "Quick prototyping")), factors.toString());

        WebClient maria = signedIn("maria");
        String page = "call/vocabulary.xhtml?programme=" + programme;
        assertContains(maria.get("call/programmes.xhtml").body(), page);
        Map<String, String> twin = Map.of("add:termKind", "HINDER", "add:labelSv", "brist på tid", "add:labelEn", "Too little time");
        String refused = text(maria.submit(maria.get(page).body(), "add", twin, "add:create"));
        assertContains(refused, "Svensk benämning: Det finns redan en term med den benämningen i listan.", "Too little time");
        Map<String, String> noTime = Map.of("add:termKind", "HINDER", "add:labelSv", "Ingen tid", "add:labelEn", "No time");
        assertEquals(302, maria.submit(maria.get(page).body(), "add", noTime, "add:create").statusCode());
        assertContains(text(maria.get(page)), "”Ingen tid” har lagts till.");

        String number = awarded(given, call);
        WebClient anna = signedIn("anna");
        String form = anna.get("followup/submit-progress-report.xhtml?number=" + number).body();
        Map<String, String> report = new LinkedHashMap<>();
        report.put("report:narrative", "Första perioden.");
        // the whole budget (Sundsvall's personnel, 500 000 kr) spent in the one period: no deviation to explain
        report.put("report:spending:0:amount", "500 000");
        report.put(choice(form, "hinders", "Brist på tid") + ":chosen", "on");
        report.put(choice(form, "hinders", "Brist på tid") + ":excerpt", "Förvaltningarna hann inte.");
        report.put(choice(form, "hinders", "Ingen tid") + ":chosen", "on");
        report.put(choice(form, "hinders", "Ingen tid") + ":excerpt", "Sommaren kom emellan.");
        report.put(choice(form, "hinders", "Regelverk") + ":excerpt", "GDPR-frågor.");
        report.put(choice(form, "successFactors", "Engagerad ledning") + ":chosen", "on");
        report.put(choice(form, "successFactors", "Engagerad ledning") + ":excerpt", "x".repeat(301));
        String slips = text(anna.submit(form, "report", report, "report:submit"));
        assertContains(slips, "Kryssa i ”Regelverk” eller ta bort utdraget.",
                "Utdraget får vara högst 300 tecken; korta det. (Engagerad ledning)", "Sommaren kom emellan.");
        assertTrue(followUps.latestOf(number).isEmpty(), "nothing is saved on a slip");
        report.put(choice(form, "hinders", "Regelverk") + ":excerpt", "");
        report.put(choice(form, "successFactors", "Engagerad ledning") + ":excerpt", "Kommundirektören driver på.");
        HttpResponse<String> sent = anna.submit(form, "report", report, "report:submit");
        assertEquals(302, sent.statusCode(), sent.body());
        assertEquals(List.of("Brist på tid: Förvaltningarna hann inte.", "Ingen tid: Sommaren kom emellan."),
                tags(followUps, number, TermKind.HINDER));

        String terms = maria.get(page).body();
        Map<String, String> merge = Map.of(row(terms, "Ingen tid") + ":survivor", id(vocabulary, programme, "Brist på tid").toString());
        assertEquals(302, maria.submit(terms, "terms", merge, row(terms, "Ingen tid") + ":merge").statusCode());
        assertEquals(List.of("Brist på tid: Förvaltningarna hann inte."), tags(followUps, number, TermKind.HINDER),
                "the merged term's report moves to the survivor, once");
        assertContains(text(maria.get(page)), "Sammanslagen med Brist på tid");

        terms = maria.get(page).body();
        Map<String, String> rename = Map.of(row(terms, "Brist på tid") + ":labelSv", "Tidsbrist",
                row(terms, "Brist på tid") + ":labelEn", "Shortage of time");
        assertEquals(302, maria.submit(terms, "terms", rename, row(terms, "Brist på tid") + ":rename").statusCode());
        terms = maria.get(page).body();
        assertEquals(302, maria.submit(terms, "terms", Map.of(), row(terms, "Tidsbrist") + ":retire").statusCode());
        assertContains(text(maria.get(page)), "”Tidsbrist” är tagen ur bruk.", "Tagen ur bruk");
        List<String> offered = vocabulary.active(programme, TermKind.HINDER).stream().map(VocabularyTerm::getLabelSv).toList();
        assertFalse(offered.contains("Tidsbrist") || offered.contains("Ingen tid"), "retired terms leave the form: " + offered);

        WebClient lars = signedIn("lars");
        String assessment = text(lars.get("followup/assess-progress-report.xhtml?number=" + number));
        assertContains(assessment, "Tidsbrist: ”Förvaltningarna hann inte.”", "Engagerad ledning: ”Kommundirektören driver på.”");
        assertFalse(assessment.contains("Ingen tid"), "the merged term is gone from the report");
        String swedish = lars.get("followup/assess-progress-report.xhtml?number=" + number).body();
        // a command link posts its own id as its value (the WebClient's button would post an empty one)
        lars.submit(swedish, "session-form", Map.of("session-form:lang-en", "session-form:lang-en"), "language");
        assertContains(text(lars.get("followup/assess-progress-report.xhtml?number=" + number)),
                "Shortage of time: ”Förvaltningarna hann inte.”", "Engaged leadership");
    }

    /** Granted, the agreement accepted: the first report is awaited. */
    private static String awarded(Scenarios given, FundingCall call) {
        String number = given.readyForDecision(given.completeDraft(call, "500000"), "lars");
        given.awards.decide(given.maria, number, true, new BigDecimal("500000"), "Beviljas.", "sv");
        given.awards.acceptAgreement(given.anna, number);
        return number;
    }

    private static List<String> tags(FollowUps followUps, String number, TermKind kind) {
        List<ReportTag> tags = kind == TermKind.HINDER ? followUps.latestOf(number).orElseThrow().getHinders()
                : followUps.latestOf(number).orElseThrow().getSuccessFactors();
        return tags.stream().map(tag -> tag.getTerm().getLabelSv() + ": " + tag.getExcerpt()).toList();
    }

    private static Long id(Vocabulary vocabulary, Long programme, String labelSv) {
        return vocabulary.active(programme, TermKind.HINDER).stream().filter(term -> term.getLabelSv().equals(labelSv))
                .findFirst().orElseThrow().getId();
    }

    /** The client-id prefix of the report form's line for a term, e.g. report:hinders:3 */
    private static String choice(String html, String list, String label) {
        Matcher line = Pattern.compile("<label for=\"(report:" + list + ":\\d+):chosen\">" + Pattern.quote(label) + "</label>")
                .matcher(Html.unescape(html));
        assertTrue(line.find(), "the form offers " + label);
        return line.group(1);
    }

    /** The client-id prefix of the vocabulary page's row for a term, e.g. terms:kinds:0:list:2 */
    private static String row(String html, String labelSv) {
        Matcher row = Pattern.compile("for=\"(terms:kinds:\\d+:list:\\d+):labelSv\"[^>]*>[^<]*– " + Pattern.quote(labelSv) + "<")
                .matcher(Html.unescape(html));
        assertTrue(row.find(), "the page lists " + labelSv);
        return row.group(1);
    }

    private static String text(HttpResponse<String> response) {
        return ServerPages.text(response.body());
    }
}
