package org.anslag.web.learning;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.anslag.learning.CatalogueEntry;
import org.anslag.learning.ResultCatalogue;
import org.anslag.shared.NotFound;

/** One funded project of the catalogue (public/result.xhtml?project=IH-2026-0042), for everyone. */
@Named
@RequestScoped
public class PublicResult {

    @EJB
    ResultCatalogue catalogue;
    @Inject
    CatalogueLabels labels;

    private String project;
    private CatalogueEntry entry;

    public void load() {
        if (project == null || project.isBlank() || project.length() > 40) {
            throw new NotFound("project " + project);
        }
        entry = catalogue.project(project.strip());
    }

    public CatalogueEntry getEntry() {
        return entry;
    }

    public CatalogueLabels getLabels() {
        return labels;
    }

    public String getProject() {
        return project;
    }

    public void setProject(String project) {
        this.project = project;
    }
}
