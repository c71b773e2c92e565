package org.anslag.web.shared;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.math.BigDecimal;

/**
 * A figure as people type it, in Swedish or English: "1 200", "12,5", "12.5". Whether it may be
 * negative or have decimals is the indicator's rule, checked after conversion.
 */
@FacesConverter("quantity")
public class QuantityConverter implements Converter<BigDecimal> {

    /** The typed figure; none for blank text. */
    public static BigDecimal parse(String typed) {
        String figure = typed == null ? "" : typed.replaceAll("[\\s\u00A0\u202F]", "").replace(',', '.');
        return figure.isEmpty() ? null : new BigDecimal(figure);
    }

    @Override
    public BigDecimal getAsObject(FacesContext context, UIComponent component, String value) {
        try {
            return parse(value);
        } catch (NumberFormatException notAFigure) {
            Object label = component.getAttributes().get("label");
            String text = (label == null ? "" : label + ": ") + Feedback.text("indicator.notANumber");
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text), notAFigure);
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, BigDecimal value) {
        if (value == null) {
            return "";
        }
        String plain = value.stripTrailingZeros().toPlainString();
        return "en".equals(context.getViewRoot().getLocale().getLanguage()) ? plain : plain.replace('.', ',');
    }
}
