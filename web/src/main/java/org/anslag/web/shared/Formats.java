package org.anslag.web.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import org.anslag.shared.Clocks;

/** Money as "1 250 000 kr" and times in Europe/Stockholm, whatever the language. */
@Named("format")
@ApplicationScoped
public class Formats {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(Clocks.STOCKHOLM);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;

    public static String formatMoney(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getIntegerInstance(Locale.forLanguageTag("sv-SE"));
        // Swedish groups with a narrow no-break space; a plain no-break space reads the same and copies better
        return format.format(amount).replace('\u202F', '\u00A0') + "\u00A0kr";
    }

    public String money(BigDecimal amount) {
        return formatMoney(amount);
    }

    /** A weighted score with two decimals in the reader's language: "5,60" or "5.60". */
    public static String formatScore(BigDecimal score, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(score);
    }

    public String score(BigDecimal score) {
        return score == null ? "" : formatScore(score,
                jakarta.faces.context.FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    /** An indicator's figure in the reader's language, with decimals only when it has some: "1 200", "12,5"; none is "–". */
    public String quantity(BigDecimal value) {
        if (value == null) {
            return "–";
        }
        NumberFormat format = NumberFormat.getNumberInstance(
                jakarta.faces.context.FacesContext.getCurrentInstance().getViewRoot().getLocale());
        format.setMaximumFractionDigits(2);
        return format.format(value).replace('\u202F', '\u00A0');
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant);
    }

    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    static Object[] forDisplay(Object[] arguments) {
        return Arrays.stream(arguments).map(argument -> {
            if (argument instanceof BigDecimal amount) {
                return formatMoney(amount);
            }
            if (argument instanceof Instant instant) {
                return DATE_TIME.format(instant);
            }
            return argument;
        }).toArray();
    }
}
