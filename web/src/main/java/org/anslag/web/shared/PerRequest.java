package org.anslag.web.shared;

import jakarta.faces.context.FacesContext;
import java.io.Serializable;
import java.util.function.Supplier;

/**
 * A value a view-scoped bean reads once per request: EL asks for it many times while a page is
 * decoded and rendered, but the next request (a postback) reads it afresh, so no detached or
 * stale entity outlives the request that read it.
 */
public final class PerRequest<T> implements Serializable {

    private static final long serialVersionUID = 1L;

    private transient T value;
    private transient Object readIn;

    public T get(Supplier<T> read) {
        Object request = FacesContext.getCurrentInstance().getExternalContext().getRequest();
        if (readIn != request) {
            value = read.get();
            readIn = request;
        }
        return value;
    }
}
