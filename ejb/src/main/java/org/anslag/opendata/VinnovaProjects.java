package org.anslag.opendata;

import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Funded projects in the shape of Vinnova's open project data, so the same tools read both:
 * Mål is the application's summary (its goals), Resultat the reusable results of the approved
 * final report (title and description; empty until the project has closed), Implementation is
 * empty (Anslag holds no published account of how a project was carried out: the progress
 * reports and the final report's lessons are not public), dates ISO 8601 or null.
 */
public final class VinnovaProjects {

    public static final List<String> KEYS = List.of("Diarienummer", "Ärenderubrik", "Mål", "Resultat", "Implementation",
            "BeviljatBidrag", "ProjektStart", "ProjektSlut", "KoordinatorOrg");

    private VinnovaProjects() {
    }

    public static List<Map<String, Object>> of(List<OpenGrant> grants) {
        return grants.stream().map(VinnovaProjects::project).toList();
    }

    public static void csv(List<OpenGrant> grants, Writer out) {
        OpenCsv.write(KEYS, of(grants).stream().map(project -> KEYS.stream().map(project::get).toList()).toList(), out);
    }

    static Map<String, Object> project(OpenGrant grant) {
        Map<String, Object> project = new LinkedHashMap<>();
        // the registrar's number, as Vinnova publishes; a case from before the diary has only its application number
        project.put("Diarienummer", grant.dnr() != null ? grant.dnr() : grant.number());
        project.put("Ärenderubrik", grant.title());
        project.put("Mål", grant.summary() == null ? "" : grant.summary());
        project.put("Resultat", grant.results().stream().map(result -> result.title() + ": " + result.description())
                .collect(Collectors.joining("\n\n")));
        project.put("Implementation", "");
        project.put("BeviljatBidrag", OpenCsv.amount(grant.grantedAmount()));
        project.put("ProjektStart", grant.startsOn() == null ? null : grant.startsOn().toString());
        project.put("ProjektSlut", grant.endsOn() == null ? null : grant.endsOn().toString());
        project.put("KoordinatorOrg", grant.coordinator().name());
        return project;
    }
}
