package org.anslag.finance;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.anslag.shared.RuleViolation;

/** What a workbook covers: one call, or every call of a programme; written {@code call:12} or {@code programme:3}. */
public record ExportScope(Kind kind, long id) {

    /** A call, or a whole programme. */
    public enum Kind { CALL, PROGRAMME }

    private static final Pattern FORM = Pattern.compile("(call|programme):(\\d{1,18})");

    /** Refuses anything but the two forms, naming the field. */
    public static ExportScope parse(String text) {
        Matcher matcher = text == null ? null : FORM.matcher(text.strip());
        if (matcher == null || !matcher.matches()) {
            throw new RuleViolation("scope", "export.scopeInvalid");
        }
        return new ExportScope("call".equals(matcher.group(1)) ? Kind.CALL : Kind.PROGRAMME,
                Long.parseLong(matcher.group(2)));
    }

    /** As the audit log names subjects: {@code call:12}, {@code programme:3}. */
    public String subject() {
        return kind.name().toLowerCase() + ":" + id;
    }
}
