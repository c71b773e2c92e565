package org.anslag.shared;

import jakarta.ejb.ApplicationException;

/**
 * A business rule refused the change. Carries a message key (resolved in the user's language
 * by the web layer), the field it concerns and the values to put into the message.
 */
@ApplicationException(rollback = true)
public class RuleViolation extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final transient Object[] arguments;

    public RuleViolation(String field, String messageKey, Object... arguments) {
        super(messageKey + " (" + field + ")");
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
