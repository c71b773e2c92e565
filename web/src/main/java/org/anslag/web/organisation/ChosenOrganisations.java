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
    private final OrganisationChoice picked = new OrganisationChoice();
    // what was read for these ids: the page asks for the list several times per render
    private transient List<Long> readFor;
    private transient List<Organisation> read;

    public List<Organisation> getChosen() {
        if (read == null || !ids.equals(readFor)) {
            read = organisations().all(ids);
            readFor = List.copyOf(ids);
        }
        return read;
    }

    /** The organisation in the picker, not yet added. */
    public Organisation getPicked() {
        return picked.get();
    }

    public void setPicked(Organisation organisation) {
        picked.set(organisation);
    }

    /** Adds what the picker holds; with nothing picked, says so next to the picker of {@code formId}. */
    public void addIn(String formId) {
        if (picked.id() == null) {
            Feedback.show(formId, new RuleViolation("affiliation", "organisation.pickBeforeAdding"));
            return;
        }
        if (!ids.contains(picked.id())) {
            ids.add(picked.id());
        }
        picked.set(null);
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
