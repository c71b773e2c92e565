package org.anslag.web.organisation;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.inject.Named;
import java.text.Normalizer;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.anslag.organisation.Organisation;
import org.anslag.organisation.Organisations;
import org.anslag.shared.NotFound;
import org.anslag.web.shared.Feedback;

/**
 * The suggestions and converter of every organisation picker ({@code p:autoComplete} with
 * {@code completeMethod="#{organisationPicker.complete}"} and {@code converter="#{organisationPicker}"}):
 * an employer or an affiliation may be a municipality, a region, an agency or a company. Finds by
 * any part of the name ("Sundsv", also "Timra" for Timrå) or the start of the code ("2281");
 * names that start with what was typed come first.
 */
@Named
@RequestScoped
public class OrganisationPicker implements Converter<Organisation> {

    static final int MOST = 20;

    @EJB
    Organisations organisations;

    public List<Organisation> complete(String typed) {
        String query = plain(typed);
        if (query.isEmpty()) {
            return List.of();
        }
        return candidates().stream()
                .filter(o -> plain(o.getName()).contains(query) || o.getCode() != null && o.getCode().startsWith(query))
                .sorted(Comparator.comparing((Organisation o) -> !plain(o.getName()).startsWith(query)))
                .limit(MOST).toList();
    }

    /** What this picker offers, by name. */
    List<Organisation> candidates() {
        return organisations.all();
    }

    /** Whether a posted choice is one this picker offers (a forged id of another kind is not). */
    boolean offers(Organisation chosen) {
        return true;
    }

    /** The message, after the field's label, for a value not chosen from the suggestions. */
    String pickFromListKey() {
        return "organisation.pickFromList";
    }

    /** The chosen organisation, sent as its id; anything else is refused naming the field. */
    @Override
    public Organisation getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            Organisation chosen = organisations.get(Long.valueOf(value.strip()));
            if (offers(chosen)) {
                return chosen;
            }
        } catch (NumberFormatException | NotFound unknown) {
            // refused below, as an organisation not in the list
        }
        Object label = component.getAttributes().get("label");
        String text = (label == null ? "" : label + ": ") + Feedback.text(pickFromListKey());
        throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Organisation value) {
        return value == null ? "" : value.getId().toString();
    }

    /** Lower case without accents, so that "timra" finds Timrå and "ostersund" Östersund. */
    static String plain(String text) {
        return text == null ? "" : Normalizer.normalize(text.strip().toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
    }
}
