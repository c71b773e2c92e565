package org.anslag.integration;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The shapes the integration API answers with. Field names are part of the contract: add, never
 * rename. Amounts are SEK as numbers; instants ISO-8601 in UTC, days ISO-8601 dates; absent
 * values are null. No person's name or user name.
 */
public final class ApiRecords {

    private ApiRecords() {
    }

    public record Call(long id, String title, String type, String status, long programmeId, String programmeName,
                       String opensAt, String closesAt, BigDecimal budget, BigDecimal maxGrant) {
    }

    public record Organisation(String name, String municipalityCode) {
    }

    public record Application(String number, String registrationNumber, long callId, String title, String summary,
                              String status, Organisation coordinator, List<Organisation> partners,
                              BigDecimal requestedAmount, String submittedAt) {
    }

    public record Decision(long id, String applicationNumber, String registrationNumber, long callId, String status,
                           BigDecimal grantedAmount, String decidedAt, String approvedAt, String effectiveOn) {
    }

    public record Payment(long id, String applicationNumber, int installment, BigDecimal amount, String status,
                          String dueOn, String releasedAt, String paidOn, String paymentReference) {
    }

    public record Report(String id, String kind, String applicationNumber, Integer period, int revision,
                         String submittedAt, String outcome, String assessedAt, Integer score) {
    }

    static String iso(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    static String iso(LocalDate day) {
        return day == null ? null : day.toString();
    }
}
