package org.anslag.shared;

import jakarta.ejb.ApplicationException;

/** The actor may not see or change this record; the web layer answers with a 403 page. */
@ApplicationException(rollback = true)
public class AccessDenied extends RuntimeException {

    public AccessDenied(String message) {
        super(message);
    }
}
