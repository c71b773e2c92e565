package org.anslag.web.organisation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import org.anslag.organisation.Organisation;
import org.anslag.organisation.OrganisationKind;

/**
 * The picker where only a municipality will do (a partner, the municipality an applicant works
 * for): Sweden's municipalities by name or kommunkod, as {@link OrganisationPicker} finds them.
 */
@Named
@RequestScoped
public class MunicipalityPicker extends OrganisationPicker {

    @Override
    List<Organisation> candidates() {
        return organisations.municipalities();
    }

    @Override
    boolean offers(Organisation chosen) {
        return chosen.getKind() == OrganisationKind.MUNICIPALITY;
    }

    @Override
    String pickFromListKey() {
        return "municipality.pickFromList";
    }
}
