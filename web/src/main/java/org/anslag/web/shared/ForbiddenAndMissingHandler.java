package org.anslag.web.shared;

import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import org.anslag.shared.AccessDenied;
import org.anslag.shared.NotFound;

/**
 * Answers a refused or missing record with the 403 or 404 page, so a direct URL to another
 * organisation's application shows no data and no stack trace; reopens a page whose view expired.
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
            if (cause instanceof ViewExpiredException expired) {
                events.remove();
                reload(expired.getViewId());
            } else if (cause != null) {
                events.remove();
                sendError(cause instanceof AccessDenied ? 403 : 404);
            }
        }
        getWrapped().handle();
    }

    /** A form posted after its view expired: open the page afresh (sign-in first if the session ended). */
    private static void reload(String viewId) {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            context.getExternalContext().redirect(context.getExternalContext().getRequestContextPath()
                    + (viewId == null ? "/index.xhtml" : viewId));
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
