package org.anslag.web.call;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.FacesValidator;
import jakarta.faces.validator.Validator;
import jakarta.faces.validator.ValidatorException;
import java.time.LocalDateTime;
import org.anslag.web.shared.Feedback;

/**
 * On the closing date of a call's schedule: it must come after the opening date, the field
 * {@code opensAt} of the same form. Checked with the other fields, so a wrong order shows in the
 * same round as a wrong amount; the rule itself is enforced again when the call is saved.
 */
@FacesValidator("closesAfterOpens")
public class ClosesAfterOpensValidator implements Validator<LocalDateTime> {

    @Override
    public void validate(FacesContext context, UIComponent component, LocalDateTime closesAt) {
        UIComponent opens = component.findComponent("opensAt");
        if (closesAt == null || !(opens instanceof UIInput opensAt) || !opensAt.isValid()
                || !(opensAt.getValue() instanceof LocalDateTime opensAtValue)) {
            return;
        }
        if (!closesAt.isAfter(opensAtValue)) {
            Object label = component.getAttributes().get("label");
            String text = (label == null ? "" : label + ": ") + Feedback.text("call.closesBeforeOpens");
            throw new ValidatorException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        }
    }
}
