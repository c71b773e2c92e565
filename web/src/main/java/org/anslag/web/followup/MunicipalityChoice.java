package org.anslag.web.followup;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.anslag.organisation.Organisation;

/**
 * A municipality as typed into a picker: a suggestion as the list shows it ("Ånge kommun (2260)"),
 * the kommunkod alone ("2260"), or the name with or without "kommun" ("Ånge", "ånge kommun").
 */
final class MunicipalityChoice {

    private static final Pattern CODE = Pattern.compile("(?:.*\\()?\\s*(\\d{4})\\s*\\)?");

    private MunicipalityChoice() {
    }

    static Optional<Organisation> find(List<Organisation> municipalities, String typed) {
        String text = typed == null ? "" : typed.strip();
        Matcher code = CODE.matcher(text);
        if (code.matches()) {
            return municipalities.stream().filter(m -> code.group(1).equals(m.getCode())).findFirst();
        }
        String name = text.toLowerCase(Locale.ROOT);
        return municipalities.stream().filter(m -> {
            String known = m.getName().toLowerCase(Locale.ROOT);
            return !name.isEmpty() && (known.equals(name) || known.equals(name + " kommun") || known.equals(name + "s kommun"));
        }).findFirst();
    }
}
