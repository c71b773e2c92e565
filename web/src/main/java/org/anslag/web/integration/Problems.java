package org.anslag.web.integration;

import jakarta.json.Json;
import jakarta.ws.rs.core.Response;

/** Refusals as RFC 9457 problem details ({@code application/problem+json}), in English for machines. */
final class Problems {

    static final String TYPE = "application/problem+json";

    private Problems() {
    }

    static Response.ResponseBuilder of(Response.Status status, String detail) {
        return Response.status(status).type(TYPE).entity(Json.createObjectBuilder().add("type", "about:blank")
                .add("title", status.getReasonPhrase()).add("status", status.getStatusCode()).add("detail", detail)
                .build().toString());
    }

    static Response.ResponseBuilder of(int status, String title, String detail) {
        return Response.status(status).type(TYPE).entity(Json.createObjectBuilder().add("type", "about:blank")
                .add("title", title).add("status", status).add("detail", detail).build().toString());
    }
}
