package org.anslag.web.admin;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import org.anslag.organisation.Organisations;
import org.anslag.organisation.ReferenceDataImport;
import org.anslag.shared.RuleViolation;
import org.anslag.web.shared.CurrentUser;
import org.anslag.web.shared.Feedback;
import jakarta.servlet.http.Part;

/** ADMIN uploads se-counties.csv and se-municipalities.csv; counties first, municipalities refer to them. */
@Named
@ViewScoped
public class ImportReferenceData implements Serializable {

    private static final long serialVersionUID = 1L;
    static final long MAX_BYTES = 1_000_000;

    @EJB
    transient ReferenceDataImport referenceData;
    @EJB
    transient Organisations organisations;
    @Inject
    CurrentUser currentUser;

    private transient Part counties;
    private transient Part municipalities;

    public String upload() {
        try {
            if (counties != null && counties.getSize() > 0) {
                var result = referenceData.importCounties(currentUser.actor(), reader(counties, "counties"));
                Feedback.info("import.countiesDone", result.created(), result.updated());
            }
            if (municipalities != null && municipalities.getSize() > 0) {
                var result = referenceData.importMunicipalities(currentUser.actor(), reader(municipalities, "municipalities"));
                Feedback.info("import.municipalitiesDone", result.created(), result.updated());
            }
            return "/admin/reference-data.xhtml?faces-redirect=true";
        } catch (RuleViolation violation) {
            Feedback.show("referenceData", violation);
            return null;
        } catch (IOException e) {
            Feedback.error("import.unreadable");
            return null;
        }
    }

    private static InputStreamReader reader(Part file, String field) throws IOException {
        if (file.getSize() > MAX_BYTES) {
            throw new RuleViolation(field, "import.tooLarge");
        }
        String name = file.getSubmittedFileName() == null ? "" : file.getSubmittedFileName().toLowerCase();
        if (!name.endsWith(".csv")) {
            throw new RuleViolation(field, "import.notCsv");
        }
        return new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8);
    }

    public long getMunicipalityCount() {
        return organisations.municipalityCount();
    }

    public long getCountyCount() {
        return organisations.countyCount();
    }

    public Part getCounties() {
        return counties;
    }

    public void setCounties(Part counties) {
        this.counties = counties;
    }

    public Part getMunicipalities() {
        return municipalities;
    }

    public void setMunicipalities(Part municipalities) {
        this.municipalities = municipalities;
    }
}
