package org.anslag.call;

import org.anslag.shared.RuleViolation;

/** The call's public texts; Swedish is required, English is shown to English readers when given. */
public record CallTexts(String titleEn, String descriptionSv, String descriptionEn) {

    static final int MAX_DESCRIPTION = 8000;

    public CallTexts {
        titleEn = blankToNull(titleEn);
        descriptionSv = blankToNull(descriptionSv);
        descriptionEn = blankToNull(descriptionEn);
        if (titleEn != null && titleEn.length() > 200) {
            throw new RuleViolation("titleEn", "validation.tooLong", 200);
        }
        if (descriptionSv != null && descriptionSv.length() > MAX_DESCRIPTION) {
            throw new RuleViolation("descriptionSv", "validation.tooLong", MAX_DESCRIPTION);
        }
        if (descriptionEn != null && descriptionEn.length() > MAX_DESCRIPTION) {
            throw new RuleViolation("descriptionEn", "validation.tooLong", MAX_DESCRIPTION);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
