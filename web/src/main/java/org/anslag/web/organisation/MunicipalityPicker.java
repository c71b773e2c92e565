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
import org.anslag.organisation.OrganisationKind;
import org.anslag.organisation.Organisations;
import org.anslag.shared.NotFound;
import org.anslag.web.shared.Feedback;

/**
 * The suggestions of every municipality picker, and its converter ({@code p:autoComplete} with
 * {@code completeMethod="#{municipalityPicker.complete}"} and {@code converter="#{municipalityPicker}"}):
 * Sweden's municipalities whose name contains what was typed ("Sundsv", also "Timra" for Timrå)
 * or whose kommunkod starts with it ("2281"); names that start with it come first.
 */
@Named
@RequestScoped
public class MunicipalityPicker implements Converter<Organisation> {

    static final int MOST = 20;

    @EJB
    Organisations organisations;

    public List<Organisation> complete(String typed) {
        String query = plain(typed);
        if (query.isEmpty()) {
            return List.of();
        }
        return organisations.municipalities().stream()
                .filter(m -> plain(m.getName()).contains(query) || m.getCode() != null && m.getCode().startsWith(query))
                .sorted(Comparator.comparing((Organisation m) -> !plain(m.getName()).startsWith(query)))
                .limit(MOST).toList();
    }

    /** The chosen municipality, sent as its id; anything else is refused naming the field. */
    @Override
    public Organisation getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            Organisation chosen = organisations.get(Long.valueOf(value.strip()));
            if (chosen.getKind() == OrganisationKind.MUNICIPALITY) {
                return chosen;
            }
        } catch (NumberFormatException | NotFound unknown) {
            // refused below, as a municipality not in the list
        }
        Object label = component.getAttributes().get("label");
        String text = (label == null ? "" : label + ": ") + Feedback.text("municipality.pickFromList");
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
