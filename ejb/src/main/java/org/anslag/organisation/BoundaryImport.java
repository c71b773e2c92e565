package org.anslag.organisation;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.anslag.audit.AuditLog;
import org.anslag.shared.Actor;
import org.anslag.shared.Role;
import org.anslag.shared.RuleViolation;
import org.locationtech.jts.geom.Geometry;

/**
 * Imports the municipality boundaries (GeoJSON) for the coverage map, replacing the previous ones.
 * The same file twice is imported once: its checksum is remembered.
 */
@Stateless
public class BoundaryImport {

    /** How the import went: how many outlines were stored, or that this exact file was already in. */
    public record Result(int municipalities, boolean alreadyImported) {
    }

    @PersistenceContext
    EntityManager em;
    @Inject
    AuditLog audit;

    public Result importGeoJson(Actor actor, byte[] content) {
        actor.require(Role.ADMIN);
        String checksum = sha256(content);
        if (em.createNativeQuery("select count(*) from boundary_import where checksum = ?1")
                .setParameter(1, checksum).getSingleResult() instanceof Number n && n.longValue() > 0) {
            return new Result(0, true);
        }
        Map<String, Geometry> boundaries = BoundaryFile.read(content);
        requireKnownMunicipalities(boundaries.keySet());
        Map<String, List<String>> neighbours = MapOutlines.neighbours(boundaries);
        em.createQuery("delete from MunicipalityBoundary").executeUpdate();
        boundaries.forEach((code, geometry) ->
                em.persist(new MunicipalityBoundary(code, MapOutlines.svgPath(geometry), neighbours.get(code))));
        em.createNativeQuery("insert into boundary_import (checksum, municipalities, imported_by, imported_at) values (?1, ?2, ?3, ?4)")
                .setParameter(1, checksum).setParameter(2, boundaries.size()).setParameter(3, actor.username())
                .setParameter(4, Instant.now()).executeUpdate();
        audit.record(actor.username(), "IMPORT_BOUNDARIES", "reference-data", boundaries.size() + " municipalities");
        return new Result(boundaries.size(), false);
    }

    private void requireKnownMunicipalities(Set<String> codes) {
        Set<String> unknown = new TreeSet<>(codes);
        unknown.removeAll(em.createQuery("select o.code from Organisation o where o.kind = org.anslag.organisation.OrganisationKind.MUNICIPALITY",
                String.class).getResultList());
        if (!unknown.isEmpty()) {
            throw new RuleViolation(BoundaryFile.FIELD, "coverage.boundaries.unknownMunicipality",
                    String.join(", ", unknown.stream().limit(5).toList()));
        }
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
