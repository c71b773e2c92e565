package org.anslag.web.shared;

import jakarta.json.Json;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * What the API answers about a caller's mistake: the field (a path such as {@code budget[0].year}),
 * the message key (resolved in the caller's language by whoever shows it) and its values.
 */
public final class FieldProblem {

    private FieldProblem() {
    }

    public static Response response(int status, String field, String messageKey, Object... arguments) {
        var values = Json.createArrayBuilder();
        for (Object argument : arguments) {
            values.add(String.valueOf(argument));
        }
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(Json.createObjectBuilder()
                .add("field", field).add("message", messageKey).add("arguments", values).build().toString()).build();
    }
}
