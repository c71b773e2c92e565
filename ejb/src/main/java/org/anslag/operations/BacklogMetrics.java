package org.anslag.operations;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Anslag's backlogs as gauges in the server's Micrometer registry, which WildFly serves to
 * Prometheus beside its own metrics (requests, the datasource pool): anslag_jobs_due,
 * anslag_jobs_failed, anslag_mail_waiting, anslag_mail_given_up. Counted when scraped.
 */
@Singleton
@Startup
public class BacklogMetrics {

    private static final Logger LOG = Logger.getLogger(BacklogMetrics.class.getName());

    /** What a gauge reads; held here because the registry holds it only weakly. */
    private record Count(String name, LongSupplier count) {

        double read() {
            try {
                return count.getAsLong();
            } catch (RuntimeException unavailable) {
                // a scrape while the engine starts or the database is away shows no value rather than failing
                LOG.log(Level.FINE, "No value for " + name, unavailable);
                return Double.NaN;
            }
        }
    }

    private final List<Count> counts = new ArrayList<>();

    @Inject
    MeterRegistry registry;
    @EJB
    Backlog backlog;

    @PostConstruct
    void register() {
        gauge("anslag.jobs.due", backlog::jobsDue);
        gauge("anslag.jobs.failed", backlog::jobsFailed);
        gauge("anslag.mail.waiting", backlog::mailWaiting);
        gauge("anslag.mail.given.up", backlog::mailGivenUp);
    }

    // registry.gauge(name, tags, …), not Gauge.builder(…).register(registry): WildFly's registry for
    // a deployment passes only the former on to the registry Prometheus reads
    private void gauge(String name, LongSupplier count) {
        Count gauged = new Count(name, count);
        counts.add(gauged);
        registry.gauge(name, Tags.empty(), gauged, Count::read);
    }
}
