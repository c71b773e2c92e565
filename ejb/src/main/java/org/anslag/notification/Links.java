package org.anslag.notification;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.anslag.shared.Clocks;

/** Addresses and times as mails show them. */
public final class Links {

    private static final DateTimeFormatter STOCKHOLM = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(Clocks.STOCKHOLM);

    private Links() {
    }

    /** A page of the application, from ANSLAG_BASE_URL (default http://localhost:8080/anslag/). */
    public static String to(String page) {
        String base = System.getenv().getOrDefault("ANSLAG_BASE_URL", "http://localhost:8080/anslag/");
        return (base.endsWith("/") ? base : base + "/") + page;
    }

    public static String stockholm(Instant instant) {
        return instant == null ? "" : STOCKHOLM.format(instant);
    }
}
