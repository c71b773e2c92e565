package org.anslag.organisation;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** The imported municipality outlines and who borders whom, for the coverage map and suggestions. */
@Stateless
public class MunicipalityMap {

    @PersistenceContext
    EntityManager em;

    public List<MunicipalityBoundary> outlines() {
        return em.createQuery("select b from MunicipalityBoundary b order by b.municipalityCode", MunicipalityBoundary.class)
                .getResultList();
    }

    public List<String> neighbours(String municipalityCode) {
        MunicipalityBoundary boundary = em.find(MunicipalityBoundary.class, municipalityCode);
        return boundary == null ? List.of() : boundary.getNeighbours();
    }
}
