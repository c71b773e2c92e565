package org.anslag.web.learning;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.anslag.learning.AdoptionSuggestions;
import org.anslag.shared.NotFound;
import org.anslag.web.shared.Feedback;
import org.anslag.web.shared.LanguageSelection;

/**
 * Municipalities that could adopt a project's results, with the reasons in the reader's language;
 * used by the adoption-suggestions template ({@code #{suggestedMunicipalities.forProject(number)}}).
 */
@Named
@RequestScoped
public class SuggestedMunicipalities {

    /** A suggested municipality and why, ready to show. */
    public record Row(String code, String name, List<String> reasons) {
    }

    @EJB
    AdoptionSuggestions suggestions;
    @Inject
    LanguageSelection language;

    private final Map<String, List<Row>> byProject = new HashMap<>();

    /** The suggestions for the funded project with this application number; an unknown number is a 404. */
    public List<Row> forProject(String applicationNumber) {
        // a postback (the language links) walks the list before the address's project is applied
        if (applicationNumber == null || applicationNumber.isBlank()) {
            return List.of();
        }
        return byProject.computeIfAbsent(applicationNumber, number -> {
            boolean english = "en".equals(language.getLanguage());
            return suggestions.forProject(number).stream().map(suggestion -> new Row(suggestion.code(), suggestion.name(),
                    suggestion.reasons().stream().map(reason -> Feedback.text(
                            reason.neighbour() ? "coverage.suggestions.neighbour" : "coverage.suggestions.sameHinder",
                            english ? reason.detailEn() : reason.detailSv())).toList())).toList();
        });
    }

    /** Checks the project exists (view action of public/suggestions), so an unknown number answers 404. */
    public void requireProject(String applicationNumber) {
        if (applicationNumber == null || applicationNumber.isBlank()) {
            throw new NotFound("no project named");
        }
        forProject(applicationNumber);
    }
}
