package org.anslag.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.ZoneId;

/** Deadlines are judged by the server clock in Swedish time. */
@ApplicationScoped
public class Clocks {

    public static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    @Produces
    public Clock serverClock() {
        return Clock.system(STOCKHOLM);
    }
}
