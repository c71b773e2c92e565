package org.anslag.shared;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Swedish personal identity numbers (personnummer, samordningsnummer) and organisation numbers
 * (organisationsnummer): both are ten digits whose last is a Luhn check digit, optionally with a
 * century in front and a hyphen (or, past a hundred years of age, a plus) before the last four.
 */
public final class IdentityNumbers {

    /** What a masked personal identity number reads as in a public copy. */
    public static final String MASK = "XXXXXX-XXXX";

    private static final Pattern NUMBER = Pattern.compile("(?<![\\d-])(\\d{2})?(\\d{6})[-+]?(\\d{4})(?![\\d-])");

    private IdentityNumbers() {
    }

    /** A personnummer or samordningsnummer (day + 60) with a valid date and check digit. */
    public static boolean isPersonalIdentityNumber(String text) {
        String digits = tenDigits(text);
        if (digits == null) {
            return false;
        }
        int month = Integer.parseInt(digits.substring(2, 4));
        int day = Integer.parseInt(digits.substring(4, 6));
        boolean date = month >= 1 && month <= 12 && (day >= 1 && day <= 31 || day >= 61 && day <= 91);
        return date && luhn(digits);
    }

    /** An organisationsnummer: its third digit is at least 2 (no month), and its check digit holds. */
    public static boolean isOrganisationNumber(String text) {
        String digits = tenDigits(text);
        return digits != null && digits.charAt(2) >= '2' && luhn(digits);
    }

    /** The text with every valid personal identity number in it replaced by {@link #MASK}. */
    public static String maskPersonalIdentityNumbers(String text) {
        if (text == null) {
            return null;
        }
        Matcher found = NUMBER.matcher(text);
        StringBuilder masked = new StringBuilder();
        while (found.find()) {
            found.appendReplacement(masked, isPersonalIdentityNumber(found.group()) ? MASK : Matcher.quoteReplacement(found.group()));
        }
        found.appendTail(masked);
        return masked.toString();
    }

    /** The ten digits that carry the check digit, or null when the text is no such number. */
    private static String tenDigits(String text) {
        if (text == null) {
            return null;
        }
        Matcher number = NUMBER.matcher(text.strip());
        if (!number.matches()) {
            return null;
        }
        return number.group(2) + number.group(3);
    }

    /** The Luhn check: digits weighted 2, 1, 2, … from the left, digit sums added, a multiple of ten. */
    static boolean luhn(String tenDigits) {
        int sum = 0;
        for (int i = 0; i < tenDigits.length(); i++) {
            int product = (tenDigits.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
            sum += product / 10 + product % 10;
        }
        return sum % 10 == 0;
    }
}
