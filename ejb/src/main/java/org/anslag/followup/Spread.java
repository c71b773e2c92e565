package org.anslag.followup;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.anslag.application.GrantApplication;
import org.anslag.organisation.Organisation;
import org.anslag.organisation.OrganisationKind;
import org.anslag.shared.RuleViolation;

/** The spread of a project's results to other municipalities, as its reports tell it. */
@Stateless
public class Spread {

    @PersistenceContext
    EntityManager em;

    /**
     * Refuses an organisation that is no municipality, one of the project's own, and one named
     * twice. Called by {@link FollowUps#submit} within its transaction.
     */
    public void record(ProgressReport report, List<SpreadEntry> entries) {
        Set<Long> named = new HashSet<>();
        for (SpreadEntry entry : entries) {
            Organisation municipality = em.find(Organisation.class, entry.organisationId());
            if (municipality == null || municipality.getKind() != OrganisationKind.MUNICIPALITY) {
                throw new RuleViolation("spread", "spread.unknown", String.valueOf(entry.organisationId()));
            }
            check(report.getApplication(), municipality);
            if (!named.add(municipality.getId())) {
                throw new RuleViolation("spread", "spread.twice", municipality.getName());
            }
            report.spreadTo(municipality, entry.kind(), entry.note());
        }
    }

    /** The project's coordinator and partners are not "other" municipalities. */
    public static void check(GrantApplication application, Organisation municipality) {
        if (application.involves(municipality.getId())) {
            throw new RuleViolation("spread", "spread.partner", municipality.getName());
        }
    }
}
