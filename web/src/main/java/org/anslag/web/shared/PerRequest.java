package org.anslag.web.shared;

import jakarta.faces.context.FacesContext;
import java.io.Serializable;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * A value a view-scoped bean reads once per request: EL asks for it many times while a page is
 * decoded and rendered, but the next request (a postback) reads it afresh. The value lives in the
 * request's own attributes, so no detached or stale entity outlives the request that read it.
 */
public final class PerRequest<T> implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String key = PerRequest.class.getName() + ":" + UUID.randomUUID();

    /** Holds the value, so that a null (nothing found) is remembered too: a request attribute cannot be null. */
    private record Read<T>(T value) {
    }

    @SuppressWarnings("unchecked")
    public T get(Supplier<T> read) {
        Map<String, Object> request = FacesContext.getCurrentInstance().getExternalContext().getRequestMap();
        return ((Read<T>) request.computeIfAbsent(key, absent -> new Read<>(read.get()))).value();
    }
}
