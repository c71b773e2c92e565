package org.anslag.web.shared;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.math.BigDecimal;
import org.anslag.shared.RuleViolation;

/**
 * Whole kronor as typed by people: "1 250 000", "1250000 kr". Refuses text and negative
 * amounts with a message naming the field; the typed text stays in the field.
 */
@FacesConverter("amount")
public class AmountConverter implements Converter<BigDecimal> {

    @Override
    public BigDecimal getAsObject(FacesContext context, UIComponent component, String value) {
        try {
            return parse(value);
        } catch (RuleViolation refused) {
            throw failure(component, refused.messageKey());
        }
    }

    /** For a form that checks its fields itself, to show every mistake in one round: null when blank. */
    public static BigDecimal parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String digits = value.replaceAll("[\\s\u00A0\u202F]", "").replaceFirst("(?i)kr$", "");
        if (digits.startsWith("-")) {
            throw new RuleViolation("amount", "amount.negative");
        }
        if (!digits.matches("\\d{1,13}")) {
            throw new RuleViolation("amount", "amount.notANumber");
        }
        return new BigDecimal(digits);
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, BigDecimal value) {
        return value == null ? "" : Formats.formatMoney(value).replace("\u00A0kr", "");
    }

    private static ConverterException failure(UIComponent component, String key) {
        Object label = component.getAttributes().get("label");
        String text = (label == null ? "" : label + ": ") + Feedback.text(key);
        return new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }
}
