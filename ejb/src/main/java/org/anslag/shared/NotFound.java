package org.anslag.shared;

import jakarta.ejb.ApplicationException;

/** No record with that id; the web layer shows a 404 page. */
@ApplicationException(rollback = true)
public class NotFound extends RuntimeException {

    public NotFound(String what) {
        super(what + " not found");
    }
}
