package org.anslag.web.learning;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import org.anslag.learning.CatalogueEntry;
import org.anslag.learning.ResultCatalogue;
import org.anslag.learning.UptakeKind;
import org.anslag.learning.Uptakes;
import org.anslag.organisation.Organisation;
import org.anslag.shared.NotFound;
import org.anslag.shared.RuleViolation;
import org.anslag.web.shared.CurrentUser;
import org.anslag.web.shared.Feedback;

/**
 * A municipality's applicant registers that their municipality wants to use, or has adopted, a
 * project's results (uptake/register.xhtml?project=…&amp;kind=INTEREST|ADOPTION). An anonymous
 * visitor signs in first and comes back here.
 */
@Named
@ViewScoped
public class RegisterUptake implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Uptakes uptakes;
    @EJB
    ResultCatalogue catalogue;
    @Inject
    CurrentUser currentUser;

    private String project;
    private String kind;
    private String note;
    private UptakeKind chosen;
    private Organisation municipality;
    private transient CatalogueEntry entry;

    public void load() {
        municipality = uptakes.municipalityOf(currentUser.actor());
        chosen = Arrays.stream(UptakeKind.values()).filter(k -> k.name().equals(kind)).findFirst()
                .orElseThrow(() -> new NotFound("uptake kind " + kind));
        if (project == null || project.isBlank()) {
            throw new NotFound("project");
        }
        getEntry();
    }

    public CatalogueEntry getEntry() {
        if (entry == null) {
            entry = catalogue.project(project.strip());
        }
        return entry;
    }

    /**
     * A municipality of the project cannot take up its own results. A bean new to a postback (the
     * second click of a double click) is asked before the address's parameters are applied: it
     * answers false then, so the click reaches register(), which says it is already registered.
     */
    public boolean isOwnProject() {
        return project != null && municipality != null && getEntry().project().involves(municipality.getId());
    }

    public boolean isAlreadyRegistered() {
        return project != null && municipality != null && getEntry().uptakes().stream().anyMatch(u -> u.getKind() == chosen
                && u.getMunicipality().getId().equals(municipality.getId()));
    }

    public String register() {
        if (chosen == null) {
            load();
        }
        String number = getEntry().project().getNumber();
        try {
            boolean registered = uptakes.register(currentUser.actor(), number, chosen, note);
            Feedback.info(registered ? byKind("uptake.registered.") : byKind("uptake.alreadyRegistered."),
                    municipality.getName());
        } catch (RuleViolation violation) {
            Feedback.show("uptake", violation);
            return null;
        } catch (EJBException raced) {
            // the other click of a double click won the unique constraint: it is registered
            Feedback.info(byKind("uptake.alreadyRegistered."), municipality.getName());
        }
        return "/public/result.xhtml?faces-redirect=true&project=" + number;
    }

    /** The page's title, explanation, button and notice, each worded for interest or adoption. */
    public String text(String stem) {
        return Feedback.text(byKind(stem), municipality.getName());
    }

    private String byKind(String stem) {
        return stem + chosen;
    }

    public UptakeKind getChosen() {
        return chosen;
    }

    public Organisation getMunicipality() {
        return municipality;
    }

    public String getProject() {
        return project;
    }

    public void setProject(String project) {
        this.project = project;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
