package org.anslag.web.integration;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per API token: {@code ANSLAG_API_RATE} requests a second on average (default
 * 10), bursts of up to {@code ANSLAG_API_BURST} (default 50); each also as a system property
 * ({@code anslag.api.rate}, {@code anslag.api.burst}). Kept in this node's memory: on a cluster
 * each node counts for itself, so a client may reach the rate once per node.
 */
@ApplicationScoped
public class RateLimit {

    private final Map<Long, Bucket> buckets = new ConcurrentHashMap<>();

    /** Takes one request from the token's bucket: 0 if it may go on, else the seconds to wait. */
    public long take(long tokenId) {
        double rate = setting("anslag.api.rate", "ANSLAG_API_RATE", 10);
        double burst = setting("anslag.api.burst", "ANSLAG_API_BURST", 50);
        return buckets.computeIfAbsent(tokenId, id -> new Bucket(burst)).take(rate, burst, System.nanoTime());
    }

    private static double setting(String property, String variable, double fallback) {
        String value = System.getProperty(property, System.getenv(variable));
        try {
            return value == null || value.isBlank() ? fallback : Math.max(0.1, Double.parseDouble(value.strip()));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static final class Bucket {

        private double tokens;
        private long last;

        Bucket(double burst) {
            tokens = burst;
            last = System.nanoTime();
        }

        synchronized long take(double rate, double burst, long now) {
            tokens = Math.min(burst, tokens + (now - last) / 1e9 * rate);
            last = now;
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return (long) Math.ceil((1 - tokens) / rate);
        }
    }
}
