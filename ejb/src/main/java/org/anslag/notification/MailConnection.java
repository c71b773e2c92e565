package org.anslag.notification;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/**
 * One SMTP connection for a round of the outbox, opened with the first message and opened again
 * after a message failed, since the failure may have broken it.
 */
final class MailConnection implements AutoCloseable {

    private final Session session;
    private Transport transport;
    private boolean unreachable;

    MailConnection(Session session) {
        this.session = session;
    }

    void send(OutboxMessage message) throws MessagingException {
        // Jakarta Mail looks its stream provider up through the context class loader for every
        // header it encodes (mail-api issue 861); through the deployment's loader that means
        // searching every jar of the EAR, through the mail API's own loader one module
        Thread thread = Thread.currentThread();
        ClassLoader deployment = thread.getContextClassLoader();
        thread.setContextClassLoader(Session.class.getClassLoader());
        try {
            String messageId = "<outbox-" + message.getId() + "." + message.getDedupeKey().hashCode() + "@anslag>";
            MimeMessage mail = new MimeMessage(session) {
                @Override
                protected void updateMessageID() throws MessagingException {
                    // the same id on every attempt, so a mail sent again after a lost commit can be recognised
                    setHeader("Message-ID", messageId);
                }
            };
            mail.setRecipient(Message.RecipientType.TO, new InternetAddress(message.getRecipient()));
            mail.setSubject(message.getSubject(), "UTF-8");
            mail.setText(message.getBody(), "UTF-8");
            mail.saveChanges();
            transport().sendMessage(mail, mail.getAllRecipients());
        } catch (MessagingException | RuntimeException e) {
            close();
            throw e;
        } finally {
            thread.setContextClassLoader(deployment);
        }
    }

    /** Whether the last attempt could not even connect: then the other messages need not try. */
    boolean unreachable() {
        return unreachable;
    }

    private Transport transport() throws MessagingException {
        if (transport == null) {
            Transport opened = session.getTransport("smtp");
            try {
                opened.connect();
                unreachable = false;
            } catch (MessagingException e) {
                unreachable = true;
                throw e;
            }
            transport = opened;
        }
        return transport;
    }

    @Override
    public void close() {
        if (transport != null) {
            try {
                transport.close();
            } catch (MessagingException e) {
                // the connection is given up either way
            }
            transport = null;
        }
    }
}
