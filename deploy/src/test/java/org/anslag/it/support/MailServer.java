package org.anslag.it.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * One SMTP server (GreenMail) in the test JVM for the whole failsafe run; the server under test
 * sends to it (SMTP_HOST/SMTP_PORT in deploy/pom.xml), on port it.smtp.port (default 3025).
 */
public final class MailServer {

    private static GreenMail smtp;

    private MailServer() {
    }

    public static synchronized void start() {
        if (smtp == null) {
            smtp = new GreenMail(new ServerSetup(Integer.getInteger("it.smtp.port", 3025), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            smtp.start();
        }
    }

    /** Takes the SMTP server down, as an outage would; {@link #start()} brings it back with no mail in it. */
    public static synchronized void stop() {
        if (smtp != null) {
            smtp.stop();
            smtp = null;
        }
    }

    /** The mails to this address whose subject contains the text, once at least {@code count} have come. */
    public static List<MimeMessage> await(String recipient, String subjectPart, int count, Duration patience) {
        return await(() -> to(recipient, subjectPart), count, patience);
    }

    /** What {@code found} answers once it holds at least {@code count} mails, or when the patience has run out. */
    public static List<MimeMessage> await(java.util.function.Supplier<List<MimeMessage>> found, int count, Duration patience) {
        Instant giveUp = Instant.now().plus(patience);
        while (true) {
            List<MimeMessage> mails = found.get();
            if (mails.size() >= count || Instant.now().isAfter(giveUp)) {
                return mails;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return mails;
            }
        }
    }

    public static List<MimeMessage> to(String recipient, String subjectPart) {
        return matching(recipient::equals, subjectPart);
    }

    /** How many mails to any address of the domain have the text in their subject, once at least {@code count} have come. */
    public static int countToDomain(String domain, String subjectPart, int count, Duration patience) {
        return await(() -> toDomain(domain, subjectPart), count, patience).size();
    }

    /** The mails to any address of the domain with the text in their subject. */
    public static List<MimeMessage> toDomain(String domain, String subjectPart) {
        return matching(address -> address.endsWith("@" + domain), subjectPart);
    }

    private static List<MimeMessage> matching(java.util.function.Predicate<String> recipient, String subjectPart) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> isTo(m, recipient))
                .filter(m -> subject(m).contains(subjectPart)).toList();
    }

    public static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The decoded text of a plain-text mail. */
    public static String body(MimeMessage message) {
        try {
            return message.getContent().toString();
        } catch (MessagingException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean isTo(MimeMessage message, java.util.function.Predicate<String> recipient) {
        try {
            return Arrays.stream(message.getRecipients(Message.RecipientType.TO)).anyMatch(a -> recipient.test(a.toString()));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
