package org.anslag.opendata;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

/**
 * One funded project as open data: what was granted and when, to which municipality with which
 * partners, when it runs, what has been paid and the results it offers for reuse. Nothing about
 * people: the results carry their title and description only.
 *
 * @param dnr       the case's registration number in the diary; null for a case that never arrived through it
 * @param awardedOn the day the grant took effect: the second manager's approval, or the decision
 * @param startsOn  the day the coordinator accepted the grant agreement; null before
 * @param endsOn    the end of its last reporting period (the call's, until the grant has its own)
 * @param disbursed the sum of its installments recorded as paid
 */
public record OpenGrant(String number, String dnr, String title, String summary, BigDecimal grantedAmount,
                        LocalDate awardedOn, Municipality coordinator, List<Municipality> partners, LocalDate startsOn,
                        LocalDate endsOn,
                        BigDecimal disbursed, List<Result> results) {

    /** A participating organisation: its SCB kommunkod (null for one that is no municipality) and name. */
    public record Municipality(Long id, String code, String name) {
    }

    /** A reusable result of the approved final report. */
    public record Result(String title, String description) {
    }

    public OpenGrant {
        partners = List.copyOf(partners);
        results = List.copyOf(results);
    }

    /** The coordinator first, then the partners. */
    public List<Municipality> municipalities() {
        return Stream.concat(Stream.of(coordinator), partners.stream()).toList();
    }
}
