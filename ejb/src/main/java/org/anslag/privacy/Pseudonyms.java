package org.anslag.privacy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites a value so that it no longer identifies the person: their user name becomes the
 * erasure's ("raderad-7"), their name "Raderad person 7", their address raderad-7@raderad.invalid
 * and anything else the request named "[raderad]", wherever it stands in a text.
 */
final class Pseudonyms {

    static final String ERASED = "[raderad]";

    private final Identity identity;
    private final Erasure erasure;

    Pseudonyms(Identity identity, Erasure erasure) {
        this.identity = identity;
        this.erasure = erasure;
    }

    String username() {
        return erasure.pseudonymUsername();
    }

    String text(String value) {
        if (value == null) {
            return null;
        }
        if (value.equals(identity.username())) {
            return erasure.pseudonymUsername();
        }
        if (value.equals("user:" + identity.username())) {
            return "user:" + erasure.pseudonymUsername();
        }
        String result = value;
        for (String needle : identity.needles()) {
            String replacement = needle.equals(identity.fullName()) ? erasure.pseudonymName()
                    : needle.equals(identity.email()) ? erasure.pseudonymEmail() : ERASED;
            result = Pattern.compile(Pattern.quote(needle), Pattern.CASE_INSENSITIVE)
                    .matcher(result).replaceAll(Matcher.quoteReplacement(replacement));
        }
        // the user name as a word of its own (in a JSON copy, a list of evaluators), not inside another word
        return Pattern.compile("(?<![\\p{L}\\p{N}_])" + Pattern.quote(identity.username()) + "(?![\\p{L}\\p{N}_])")
                .matcher(result).replaceAll(Matcher.quoteReplacement(erasure.pseudonymUsername()));
    }

    /**
     * A deserialized process variable with its strings rewritten (the engine keeps lists such as
     * "evaluators" as serialized Java); any other type naming the person stops the erasure.
     */
    Object object(Object value) {
        if (value instanceof String text) {
            return text(text);
        }
        if (value instanceof Collection<?> items) {
            List<Object> rewritten = new ArrayList<>();
            items.forEach(item -> rewritten.add(object(item)));
            return rewritten;
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> rewritten = new LinkedHashMap<>();
            map.forEach((k, v) -> rewritten.put(object(k), object(v)));
            return rewritten;
        }
        if (value == null || value instanceof Number || value instanceof Boolean || value instanceof Enum<?>) {
            return value;
        }
        throw new IllegalStateException("a stored " + value.getClass().getName()
                + " names the person and cannot be rewritten; nothing was erased");
    }
}
