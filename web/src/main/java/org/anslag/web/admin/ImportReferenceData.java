package org.anslag.web.admin;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import org.anslag.organisation.BoundaryImport;
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
    static final long MAX_BOUNDARY_BYTES = 5_000_000;

    @EJB
    ReferenceDataImport referenceData;
    @EJB
    Organisations organisations;
    @EJB
    BoundaryImport boundaryImport;
    @Inject
    CurrentUser currentUser;

    private transient Part counties;
    private transient Part municipalities;
    private transient Part boundaries;

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
            if (boundaries != null && boundaries.getSize() > 0) {
                var result = boundaryImport.importGeoJson(currentUser.actor(), geoJson(boundaries));
                Feedback.info(result.alreadyImported() ? "coverage.boundaries.alreadyImported" : "coverage.boundaries.done",
                        result.municipalities());
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

    /** The map's boundaries: a .geojson (or .json) file of at most 5 MB. */
    private static byte[] geoJson(Part file) throws IOException {
        if (file.getSize() > MAX_BOUNDARY_BYTES) {
            throw new RuleViolation("boundaries", "coverage.boundaries.tooLarge");
        }
        String name = file.getSubmittedFileName() == null ? "" : file.getSubmittedFileName().toLowerCase();
        if (!name.endsWith(".geojson") && !name.endsWith(".json")) {
            throw new RuleViolation("boundaries", "coverage.boundaries.notGeoJsonFile");
        }
        try (var in = file.getInputStream()) {
            return in.readAllBytes();
        }
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

    public Part getBoundaries() {
        return boundaries;
    }

    public void setBoundaries(Part boundaries) {
        this.boundaries = boundaries;
    }

    public Part getMunicipalities() {
        return municipalities;
    }

    public void setMunicipalities(Part municipalities) {
        this.municipalities = municipalities;
    }
}
