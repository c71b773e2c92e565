package org.anslag.notification;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Mail texts from mail_sv/mail_en: a mail carries both languages, Swedish first, since the
 * recipients' language is not known.
 */
public final class MailTexts {

    private static final ResourceBundle SWEDISH = ResourceBundle.getBundle("org.anslag.notification.mail", Locale.forLanguageTag("sv"));
    private static final ResourceBundle ENGLISH = ResourceBundle.getBundle("org.anslag.notification.mail", Locale.ENGLISH);

    private MailTexts() {
    }

    public static String subject(String key, Object... arguments) {
        return format(SWEDISH, key + ".subject", arguments) + " / " + format(ENGLISH, key + ".subject", arguments);
    }

    public static String body(String key, Object... arguments) {
        return format(SWEDISH, key + ".body", arguments) + "\n\n-- In English --\n\n" + format(ENGLISH, key + ".body", arguments);
    }

    private static String format(ResourceBundle bundle, String key, Object... arguments) {
        Object[] inLanguage = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            inLanguage[i] = arguments[i] instanceof Term term ? bundle.getString(term.key()) : arguments[i];
        }
        return new MessageFormat(bundle.getString(key), bundle.getLocale()).format(inLanguage);
    }

    /** An argument that is itself a text of the mail bundle, so each language gets its own word. */
    public record Term(String key) {
    }
}
