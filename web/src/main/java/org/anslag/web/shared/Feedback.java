package org.anslag.web.shared;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.anslag.shared.RuleViolation;

/** Puts messages in the user's language next to the field they concern. */
public final class Feedback {

    private Feedback() {
    }

    public static String text(String key, Object... arguments) {
        FacesContext context = FacesContext.getCurrentInstance();
        ResourceBundle bundle = context.getApplication().getResourceBundle(context, "msg");
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            pattern = key;
        }
        // only texts with placeholders go through MessageFormat, so plain texts keep their apostrophes
        return arguments.length == 0 ? pattern
                : new MessageFormat(pattern, context.getViewRoot().getLocale()).format(Formats.forDisplay(arguments));
    }

    /** Shows the violation next to {@code formId:field} when the page has that field, else at the top. */
    public static void show(String formId, RuleViolation violation) {
        FacesContext context = FacesContext.getCurrentInstance();
        String summary = aboutField(violation.field(), violation.messageKey(), violation.arguments());
        FacesMessage message = new FacesMessage(FacesMessage.SEVERITY_ERROR, summary, summary);
        UIComponent field = context.getViewRoot().findComponent(":" + formId + ":" + violation.field());
        context.addMessage(field == null ? null : field.getClientId(context), message);
        context.validationFailed();
    }

    /** "Field label: message", or just the message when the field has no label of its own. */
    public static String aboutField(String field, String key, Object... arguments) {
        String fieldLabel = text("field." + field);
        return fieldLabel.startsWith("field.") ? text(key, arguments) : fieldLabel + ": " + text(key, arguments);
    }

    public static void info(String key, Object... arguments) {
        String text = text(key, arguments);
        FacesContext context = FacesContext.getCurrentInstance();
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
        context.getExternalContext().getFlash().setKeepMessages(true);
    }

    public static void error(String key, Object... arguments) {
        String text = text(key, arguments);
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }
}
