package org.anslag.notification;

import java.util.regex.Pattern;

/**
 * An e-mail to queue. The dedupe key names the news (e.g. "receipt:IH-2026-0042:anna@…"), so a
 * retried transaction or job queues it once. A mail that carries a secret (a link that lets its
 * holder in once) is erased from the outbox as soon as it is delivered.
 */
public record Mail(String dedupeKey, String recipient, String subject, String body, boolean carriesSecret) {

    /** A one-time link (…?token=…) is a secret however the mail was queued, so no sender can forget to say so. */
    private static final Pattern ONE_TIME_LINK = Pattern.compile("[?&]token=");

    public Mail {
        carriesSecret = carriesSecret || body != null && ONE_TIME_LINK.matcher(body).find();
    }

    public Mail(String dedupeKey, String recipient, String subject, String body) {
        this(dedupeKey, recipient, subject, body, false);
    }

    /** A mail whose body holds a secret, such as an invitation or a password-reset link. */
    public static Mail withSecret(String dedupeKey, String recipient, String subject, String body) {
        return new Mail(dedupeKey, recipient, subject, body, true);
    }
}
