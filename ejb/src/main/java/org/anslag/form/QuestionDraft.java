package org.anslag.form;

import java.util.List;
import org.anslag.shared.RuleViolation;

/**
 * A question as the programme manager writes it; checked before it is added to the form. A
 * confidential question's answers may hold business secrets (30 kap. 23 § OSL): they are masked
 * in a public-access copy.
 */
public record QuestionDraft(String sectionSv, String sectionEn, String textSv, String textEn, QuestionKind kind,
                            boolean required, int maxLength, List<String> options, boolean confidential) {

    public QuestionDraft(String sectionSv, String sectionEn, String textSv, String textEn, QuestionKind kind,
                         boolean required, int maxLength, List<String> options) {
        this(sectionSv, sectionEn, textSv, textEn, kind, required, maxLength, options, false);
    }

    public static final int DEFAULT_MAX_LENGTH = 2000;
    static final int LONGEST_TEXT = 10000;

    public QuestionDraft {
        sectionSv = blankToNull(sectionSv);
        sectionEn = blankToNull(sectionEn);
        textSv = blankToNull(textSv);
        textEn = blankToNull(textEn);
        options = options == null ? List.of() : options.stream().map(String::strip).filter(o -> !o.isEmpty()).toList();
        if (sectionSv == null) {
            throw new RuleViolation("sectionSv", "validation.required");
        }
        if (textSv == null) {
            throw new RuleViolation("textSv", "validation.required");
        }
        if (kind == null) {
            throw new RuleViolation("kind", "validation.required");
        }
        if (kind == QuestionKind.TEXT && (maxLength < 1 || maxLength > LONGEST_TEXT)) {
            throw new RuleViolation("maxLength", "form.maxLengthRange", LONGEST_TEXT);
        }
        if (kind.hasOptions() && options.size() < 2) {
            throw new RuleViolation("options", "form.twoOptions");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
