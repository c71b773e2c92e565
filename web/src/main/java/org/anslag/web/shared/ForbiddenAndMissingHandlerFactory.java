package org.anslag.web.shared;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;

/** Installs {@link ForbiddenAndMissingHandler}. */
public class ForbiddenAndMissingHandlerFactory extends ExceptionHandlerFactory {

    public ForbiddenAndMissingHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new ForbiddenAndMissingHandler(getWrapped().getExceptionHandler());
    }
}
