package org.anslag.shared;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

/** Amounts as Swedish documents and mails write them: "1 250 000 kr". */
public final class Money {

    private Money() {
    }

    /** Plain spaces between the groups, since mail clients and PDF fonts may lack the no-break ones. */
    public static String text(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        return NumberFormat.getIntegerInstance(Locale.forLanguageTag("sv-SE")).format(amount)
                .replace('\u202F', ' ').replace('\u00A0', ' ') + " kr";
    }
}
