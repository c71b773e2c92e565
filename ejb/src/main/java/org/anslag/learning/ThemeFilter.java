package org.anslag.learning;

import java.util.Map;
import java.util.regex.Pattern;
import org.anslag.call.CallType;
import org.anslag.shared.RuleViolation;

/**
 * What the reader chose on the hinders and success factors page, or in a download's query: the
 * programme (required) and, optionally, a call type, a reporting period, the year a report was sent
 * and the coordinator's county (two-digit SCB code). A value that cannot be one is refused naming its field.
 */
public record ThemeFilter(Long programmeId, CallType callType, Integer period, Integer year, String countyCode) {

    private static final Pattern ID = Pattern.compile("\\d{1,18}");
    private static final Pattern COUNTY = Pattern.compile("\\d{2}");

    public static ThemeFilter parse(Map<String, String> values) {
        String programme = blankToNull(values.get("programme"));
        if (programme == null || !ID.matcher(programme).matches()) {
            throw new RuleViolation("programme", "themes.filter.programme");
        }
        return new ThemeFilter(Long.valueOf(programme), callType(values.get("callType")),
                number("period", values.get("period"), 1, 100), number("year", values.get("year"), 2000, 2100),
                county(values.get("county")));
    }

    private static CallType callType(String value) {
        String type = blankToNull(value);
        if (type == null) {
            return null;
        }
        try {
            return CallType.valueOf(type);
        } catch (IllegalArgumentException e) {
            throw new RuleViolation("callType", "themes.filter.callType");
        }
    }

    private static Integer number(String field, String value, int lowest, int highest) {
        String text = blankToNull(value);
        if (text == null) {
            return null;
        }
        if (!text.matches("\\d{1,4}") || Integer.parseInt(text) < lowest || Integer.parseInt(text) > highest) {
            throw new RuleViolation(field, field.equals("period") ? "themes.filter.period" : "themes.filter.year");
        }
        return Integer.valueOf(text);
    }

    private static String county(String value) {
        String code = blankToNull(value);
        if (code != null && !COUNTY.matcher(code).matches()) {
            throw new RuleViolation("county", "themes.filter.county");
        }
        return code;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The same filter as a query string, for the download links and the drill-down. */
    public String query() {
        StringBuilder query = new StringBuilder("programme=").append(programmeId);
        if (callType != null) {
            query.append("&callType=").append(callType);
        }
        if (period != null) {
            query.append("&period=").append(period);
        }
        if (year != null) {
            query.append("&year=").append(year);
        }
        if (countyCode != null) {
            query.append("&county=").append(countyCode);
        }
        return query.toString();
    }
}
