package org.anslag.web.organisation;

import jakarta.enterprise.inject.spi.CDI;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.anslag.organisation.Organisation;
import org.anslag.organisation.Organisations;
import org.anslag.shared.RuleViolation;
import org.anslag.web.shared.Feedback;

/**
 * Organisations chosen one at a time with a picker and listed with a remove button each (a
 * user's affiliations), kept as ids in the view until the form is saved. One picker per addition
 * rather than PrimeFaces' several-at-once autocomplete, whose chips a screen reader cannot name.
 */
public class ChosenOrganisations implements Serializable {

    private static final long serialVersionUID = 1L;

    private final List<Long> ids = new ArrayList<>();
    private Long picked;

    public List<Organisation> getChosen() {
        return organisations().all(ids);
    }

    /** The organisation in the picker, not yet added. */
    public Organisation getPicked() {
        return picked == null ? null : organisations().get(picked);
    }

    public void setPicked(Organisation organisation) {
        picked = organisation == null ? null : organisation.getId();
    }

    /** Adds what the picker holds; with nothing picked, says so next to the picker of {@code formId}. */
    public void addIn(String formId) {
        if (picked == null) {
            Feedback.show(formId, new RuleViolation("affiliation", "organisation.pickBeforeAdding"));
            return;
        }
        if (!ids.contains(picked)) {
            ids.add(picked);
        }
        picked = null;
    }

    public void remove(Long id) {
        ids.remove(id);
    }

    public Set<Long> ids() {
        return new LinkedHashSet<>(ids);
    }

    public void replaceWith(Collection<Long> chosen) {
        ids.clear();
        ids.addAll(chosen);
    }

    private static Organisations organisations() {
        return CDI.current().select(Organisations.class).get();
    }
}
