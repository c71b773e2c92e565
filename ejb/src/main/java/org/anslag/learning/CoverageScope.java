package org.anslag.learning;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Set;
import org.anslag.call.CallType;
import org.anslag.shared.RuleViolation;

/**
 * Which applications the coverage counts: those of the readable programmes ({@code null} = all),
 * narrowed by the reader's filters (programme, call, call type, submitted from/to), all optional.
 */
public record CoverageScope(Set<Long> programmes, Long programme, Long call, CallType callType, LocalDate from, LocalDate to) {

    public static final Set<String> FILTERS = Set.of("programme", "call", "type", "from", "to");

    /** The filters as a page or a download address gives them; a bad value is refused naming its field. */
    public static CoverageScope of(Set<Long> readable, Map<String, String> filters) {
        LocalDate from = date(filters, "from");
        LocalDate to = date(filters, "to");
        if (from != null && to != null && to.isBefore(from)) {
            throw new RuleViolation("to", "coverage.filter.toBeforeFrom");
        }
        return new CoverageScope(readable, id(filters, "programme"), id(filters, "call"), type(filters), from, to);
    }

    boolean includes(Participation participation) {
        return (programmes == null || programmes.contains(participation.programmeId()))
                && (programme == null || programme.equals(participation.programmeId()))
                && (call == null || call.equals(participation.callId()))
                && (callType == null || callType == participation.callType())
                && (from == null || !participation.submittedOn().isBefore(from))
                && (to == null || !participation.submittedOn().isAfter(to));
    }

    private static Long id(Map<String, String> filters, String field) {
        String value = blankToNull(filters.get(field));
        if (value == null) {
            return null;
        }
        if (!value.matches("\\d{1,18}")) {
            throw new RuleViolation(field, "coverage.filter.bad", value);
        }
        return Long.valueOf(value);
    }

    private static CallType type(Map<String, String> filters) {
        String value = blankToNull(filters.get("type"));
        try {
            return value == null ? null : CallType.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw new RuleViolation("type", "coverage.filter.bad", value);
        }
    }

    private static LocalDate date(Map<String, String> filters, String field) {
        String value = blankToNull(filters.get(field));
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new RuleViolation(field, "coverage.filter.badDate", value);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
