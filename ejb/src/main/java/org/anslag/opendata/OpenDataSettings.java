package org.anslag.opendata;

/**
 * Who publishes: the 360Giving prefix of the grant identifiers and the funding organisation. Each
 * is read from a system property, else from the environment, else its default.
 *
 * @param prefix     ANSLAG_OPENDATA_PREFIX (anslag.opendata.prefix), default {@code 360G-anslag}
 * @param funderId   ANSLAG_FUNDER_ID (anslag.funder.id), default the prefix followed by {@code -FUNDER}
 * @param funderName ANSLAG_FUNDER_NAME (anslag.funder.name), default {@code Anslag}
 */
public record OpenDataSettings(String prefix, String funderId, String funderName) {

    public static final String DEFAULT_PREFIX = "360G-anslag";

    public static OpenDataSettings current() {
        String prefix = setting("anslag.opendata.prefix", "ANSLAG_OPENDATA_PREFIX", DEFAULT_PREFIX);
        return new OpenDataSettings(prefix, setting("anslag.funder.id", "ANSLAG_FUNDER_ID", prefix + "-FUNDER"),
                setting("anslag.funder.name", "ANSLAG_FUNDER_NAME", "Anslag"));
    }

    private static String setting(String property, String variable, String fallback) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(variable);
        }
        return value == null || value.isBlank() ? fallback : value.strip();
    }
}
