package org.anslag.web.learning;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.anslag.followup.ReusableResult;
import org.anslag.followup.VocabularyTerm;
import org.anslag.learning.CatalogueEntry;
import org.anslag.learning.ResultUptake;
import org.anslag.organisation.Organisation;
import org.anslag.web.shared.Feedback;
import org.anslag.web.shared.LanguageSelection;

/** How a catalogue entry reads on the public pages: names of organisations and roles, never of people. */
@Named
@RequestScoped
public class CatalogueLabels {

    @Inject
    LanguageSelection language;

    public String municipalities(CatalogueEntry entry) {
        return entry.municipalities().stream().map(Organisation::getName).collect(Collectors.joining(", "));
    }

    public String terms(List<VocabularyTerm> terms) {
        return terms.isEmpty() ? Feedback.text("results.noneReported")
                : terms.stream().map(term -> term.label(language.getLocale())).collect(Collectors.joining(", "));
    }

    public String label(VocabularyTerm term) {
        return term.label(language.getLocale());
    }

    /** "Brist på tid (hinder)": a tag as the search offers it. */
    public String option(VocabularyTerm term) {
        String kind = term.getKind() == org.anslag.followup.TermKind.HINDER ? Feedback.text("results.kind.HINDER")
                : Feedback.text("results.kind.SUCCESS_FACTOR");
        return label(term) + " (" + kind + ")";
    }

    /** "2026-03-01 – 2027-02-28"; the end is open while no reporting period is set. */
    public String period(CatalogueEntry entry) {
        return date(entry.startsOn()) + " – " + date(entry.endsOn());
    }

    /** "Projektledare, Sundsvalls kommun": whom to ask about the project, as a role. */
    public String projectContact(CatalogueEntry entry) {
        return Feedback.text("results.projectLead", entry.project().getCoordinator().getName());
    }

    /** "Innovationsledare, Sundsvalls kommun": the result's contact role at the coordinator. */
    public String resultContact(CatalogueEntry entry, ReusableResult result) {
        return result.getContactRole() + ", " + entry.project().getCoordinator().getName();
    }

    public String uptakers(List<ResultUptake> uptakes) {
        return uptakes.stream().map(u -> u.getMunicipality().getName()).collect(Collectors.joining(", "));
    }

    private static String date(LocalDate date) {
        return date == null ? "…" : date.toString();
    }
}
