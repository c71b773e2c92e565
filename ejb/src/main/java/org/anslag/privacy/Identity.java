package org.anslag.privacy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What identifies one person in the data: the account's user name, name and e-mail address, and
 * what else the request names (a personal identity number, a phone number).
 */
record Identity(String username, String fullName, String email, List<String> others) {

    /** Shorter strings than this would erase other people's words along with the person's. */
    static final int SHORTEST_OTHER = 6;

    Identity {
        others = others.stream().map(String::strip).filter(o -> !o.isEmpty()).distinct().toList();
    }

    /** The strings whose every occurrence, inside any text, belongs to the person. */
    List<String> needles() {
        List<String> needles = new ArrayList<>();
        if (fullName != null && !fullName.isBlank()) {
            needles.add(fullName);
        }
        if (email != null && !email.isBlank()) {
            needles.add(email);
        }
        needles.addAll(others);
        return needles;
    }

    /** True when the bytes hold a needle, or are a serialized variable holding the user name (bare text may hold it in another word). */
    boolean foundIn(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
        if (PersonalDataScan.serialized(bytes) && text.contains(username.toLowerCase(Locale.ROOT))) {
            return true;
        }
        return needles().stream().anyMatch(n -> text.contains(n.toLowerCase(Locale.ROOT)));
    }

    static String likePattern(String needle) {
        return "%" + exactPattern(needle) + "%";
    }

    static String exactPattern(String value) {
        return value.toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
