package org.anslag.web.finance;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.logging.Level;
import java.util.logging.Logger;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.anslag.shared.AccessDenied;
import org.anslag.shared.NotFound;
import org.anslag.web.shared.FieldProblem;

/** REST callers get 403 or 404 with a short text, never a stack trace. */
@Provider
public class RefusalMapper implements ExceptionMapper<RuntimeException> {

    private static final Logger LOG = Logger.getLogger(RefusalMapper.class.getName());

    @Override
    public Response toResponse(RuntimeException exception) {
        if (exception instanceof WebApplicationException refused) {
            return Response.status(refused.getResponse().getStatus()).build();
        }
        if (exception instanceof org.anslag.shared.RuleViolation refusal) {
            // the values of the message (e.g. the refused file's name) go along, for the caller to show
            return FieldProblem.response(422, refusal.field(), refusal.messageKey(), refusal.arguments());
        }
        if (exception instanceof AccessDenied) {
            return Response.status(Response.Status.FORBIDDEN).entity("Åtkomst nekad / Access denied").build();
        }
        if (exception instanceof NotFound) {
            return Response.status(Response.Status.NOT_FOUND).entity("Finns inte / Not found").build();
        }
        LOG.log(Level.SEVERE, "REST request failed", exception);
        return Response.serverError().entity("Något gick fel / Something went wrong").build();
    }
}
