package org.anslag.web.learning;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** public/suggestions?project=NUMBER: the adoption suggestions of one funded project; 404 for an unknown number. */
@Named
@RequestScoped
public class SuggestionsPage {

    @Inject
    SuggestedMunicipalities suggestions;

    private String project;

    public void load() {
        suggestions.requireProject(project);
    }

    public String getProject() {
        return project;
    }

    public void setProject(String project) {
        this.project = project;
    }
}
