package org.anslag.notification;

/**
 * An e-mail to queue. The dedupe key names the news (e.g. "receipt:IH-2026-0042:anna@…"), so a
 * retried transaction or job queues it once.
 */
public record Mail(String dedupeKey, String recipient, String subject, String body) {
}
