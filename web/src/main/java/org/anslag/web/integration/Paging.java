package org.anslag.web.integration;

import jakarta.ws.rs.core.Response;
import org.anslag.integration.ApiPage;

/** limit and offset as the caller typed them: a wrong one is refused with 400 naming it and the fix. */
record Paging(int limit, int offset) {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 200;

    static Paging of(String limit, String offset) {
        return new Paging(number("limit", limit, DEFAULT_LIMIT, 1, MAX_LIMIT), number("offset", offset, 0, 0, Integer.MAX_VALUE - MAX_LIMIT));
    }

    private static int number(String name, String value, int fallback, int min, int max) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int parsed = Integer.parseInt(value.strip());
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // answered below, as an out-of-range value is
        }
        throw new Refused(Problems.of(Response.Status.BAD_REQUEST, "Query parameter '" + name
                + "' must be a whole number from " + min + " to " + max + "; it was '" + value + "'.").build());
    }

    /** A wrong parameter, with the answer that says so. */
    static final class Refused extends RuntimeException {

        private static final long serialVersionUID = 1L;
        final transient Response response;

        Refused(Response response) {
            super("bad paging parameter", null, false, false);
            this.response = response;
        }
    }

    /** The address of the page after this one, or null when this is the last. */
    String next(String collection, ApiPage<?> page) {
        return page.hasMore() ? "/api/v1/" + collection + "?limit=" + limit + "&offset=" + (offset + page.items().size()) : null;
    }
}
