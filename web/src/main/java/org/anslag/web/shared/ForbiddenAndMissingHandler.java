package org.anslag.web.shared;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.ResourceBundle;
import org.anslag.shared.AccessDenied;
import org.anslag.shared.NotFound;

/**
 * Answers a refused or missing record with the 403 or 404 page, so a direct URL to another
 * organisation's application shows no data and no stack trace; reopens a page whose view expired
 * at its own address, saying why nothing happened.
 */
public class ForbiddenAndMissingHandler extends ExceptionHandlerWrapper {

    public ForbiddenAndMissingHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            Throwable cause = events.next().getContext().getException();
            while (cause != null && !(cause instanceof AccessDenied) && !(cause instanceof NotFound)
                    && !(cause instanceof ViewExpiredException)) {
                cause = cause.getCause();
            }
            if (cause instanceof ViewExpiredException) {
                events.remove();
                reload();
            } else if (cause != null) {
                events.remove();
                sendError(cause instanceof AccessDenied ? 403 : 404);
            }
        }
        getWrapped().handle();
    }

    /**
     * A form posted after its view expired (an old tab, a server restart, a tampered form): open
     * its page afresh at the same address, query included (see {@link OwnAddressForms}), and say
     * why what was done did not go through. Sign-in comes first if the session ended.
     */
    private static void reload() {
        FacesContext context = FacesContext.getCurrentInstance();
        ExternalContext external = context.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        // no view to take the language from: the expired one is gone
        String text = ResourceBundle.getBundle("org.anslag.web.messages",
                CDI.current().select(LanguageSelection.class).get().getLocale(),
                Thread.currentThread().getContextClassLoader()).getString("error.viewExpired");
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, text, text));
        external.getFlash().setKeepMessages(true);
        try {
            external.redirect(request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString()));
            context.responseComplete();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sendError(int status) {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            if (!context.getExternalContext().isResponseCommitted()) {
                context.getExternalContext().responseReset();
                context.getExternalContext().responseSendError(status, null);
            }
            context.responseComplete();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
