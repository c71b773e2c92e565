package org.anslag.organisation;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Reader;
import java.util.List;
import org.anslag.audit.AuditLog;
import org.anslag.shared.Actor;
import org.anslag.shared.Role;
import org.anslag.shared.RuleViolation;

/** Imports counties and municipalities; re-importing updates names and counties in place. */
@Stateless
public class ReferenceDataImport {

    public record Result(int created, int updated) {
    }

    @PersistenceContext
    EntityManager em;
    @Inject
    AuditLog audit;

    public Result importCounties(Actor actor, Reader csv) {
        actor.require(Role.ADMIN);
        int created = 0;
        int updated = 0;
        for (ReferenceCsv.CountyRow row : ReferenceCsv.counties(csv)) {
            County county = em.find(County.class, row.code());
            if (county == null) {
                em.persist(new County(row.code(), row.name()));
                created++;
            } else {
                county.rename(row.name());
                updated++;
            }
        }
        audit.record(actor.username(), "IMPORT_COUNTIES", "reference-data", created + " new, " + updated + " updated");
        return new Result(created, updated);
    }

    public Result importMunicipalities(Actor actor, Reader csv) {
        actor.require(Role.ADMIN);
        int created = 0;
        int updated = 0;
        for (ReferenceCsv.MunicipalityRow row : ReferenceCsv.municipalities(csv)) {
            County county = em.find(County.class, row.countyCode());
            if (county == null) {
                throw new RuleViolation("file", "import.unknownCounty", row.countyCode(), row.code());
            }
            List<Organisation> existing = em.createQuery(
                    "select o from Organisation o where o.code = :code", Organisation.class)
                    .setParameter("code", row.code()).getResultList();
            if (existing.isEmpty()) {
                em.persist(Organisation.municipality(row.code(), row.name(), county));
                created++;
            } else {
                existing.get(0).updateMunicipality(row.name(), county);
                updated++;
            }
        }
        audit.record(actor.username(), "IMPORT_MUNICIPALITIES", "reference-data", created + " new, " + updated + " updated");
        return new Result(created, updated);
    }
}
