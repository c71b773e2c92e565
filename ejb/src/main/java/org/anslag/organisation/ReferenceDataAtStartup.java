package org.anslag.organisation;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.logging.Logger;
import org.anslag.shared.Actor;
import org.anslag.shared.Role;
import org.anslag.shared.RuleViolation;

/**
 * Imports se-counties.csv and se-municipalities.csv from the directory named by
 * ANSLAG_REFERENCE_DATA_DIR when the server starts, and se-municipalities.geojson (the map's
 * boundaries) when it is there; without the variable, nothing happens.
 */
@Singleton
@Startup
public class ReferenceDataAtStartup {

    static final Actor SYSTEM = new Actor("system", null, EnumSet.of(Role.ADMIN));
    private static final Logger LOG = Logger.getLogger(ReferenceDataAtStartup.class.getName());

    @EJB
    ReferenceDataImport referenceData;
    @EJB
    BoundaryImport boundaries;

    @PostConstruct
    void importConfiguredFiles() {
        String directory = System.getenv("ANSLAG_REFERENCE_DATA_DIR");
        if (directory == null || directory.isBlank()) {
            return;
        }
        Path dir = Path.of(directory);
        try (Reader counties = Files.newBufferedReader(dir.resolve("se-counties.csv"), StandardCharsets.UTF_8);
             Reader municipalities = Files.newBufferedReader(dir.resolve("se-municipalities.csv"), StandardCharsets.UTF_8)) {
            var countyResult = referenceData.importCounties(SYSTEM, counties);
            var municipalityResult = referenceData.importMunicipalities(SYSTEM, municipalities);
            LOG.info(() -> "Reference data from " + dir + ": counties " + countyResult + ", municipalities " + municipalityResult);
            importBoundaries(dir.resolve("se-municipalities.geojson"));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read reference data in " + dir, e);
        }
    }

    /** The map's boundaries, when the file is there; the same file is imported once (checksum). */
    private void importBoundaries(Path geojson) throws IOException {
        if (!Files.isRegularFile(geojson)) {
            return;
        }
        try {
            var result = boundaries.importGeoJson(SYSTEM, Files.readAllBytes(geojson));
            LOG.info(() -> "Boundaries from " + geojson + ": " + (result.alreadyImported() ? "already imported" : result.municipalities() + " municipalities"));
        } catch (RuleViolation refused) {
            // a bad map file must not stop the application; ADMIN can upload a good one
            LOG.warning(() -> "Boundaries in " + geojson + " not imported: " + refused.getMessage());
        }
    }
}
