package org.anslag.web.shared;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import java.util.regex.Pattern;
import org.anslag.shared.NotFound;

/**
 * A record's id in a page address ({@code ?call=12}, {@code ?programme=3}). Anything that cannot
 * be an id (text, a number too large, a sign) names no record, so the page answers with the
 * not-found page, exactly as for an id that is well formed but unknown; an empty value leaves the
 * id unset, which the page's load treats as not found too.
 */
@FacesConverter("recordId")
public class RecordIdConverter implements Converter<Long> {

    private static final Pattern ID = Pattern.compile("\\d{1,18}");

    @Override
    public Long getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!ID.matcher(value.strip()).matches()) {
            throw new NotFound("record '" + value + "'");
        }
        return Long.valueOf(value.strip());
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Long value) {
        return value == null ? "" : value.toString();
    }
}
