package org.anslag.call;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.anslag.shared.Clocks;

/** An idea-hub call open in spring 2026, with criteria carrying the ids the database would give. */
public final class TestCalls {

    public static final Instant OPENS_AT = stockholm(2026, 3, 2, 8, 0);
    public static final Instant CLOSES_AT = stockholm(2026, 4, 15, 15, 0);
    public static final BigDecimal BUDGET = new BigDecimal("5000000");
    public static final BigDecimal MAX_GRANT = new BigDecimal("500000");

    private TestCalls() {
    }

    public static Programme programme() {
        return new Programme("Innovation i kommunerna", new BigDecimal("20000000"), LocalDate.of(2026, 1, 1),
                LocalDate.of(2028, 12, 31), "Fler idéer som blir verklighet");
    }

    public static CallTerms terms(CallTerms.Criterion... criteria) {
        return new CallTerms("Idéslussar 2026", CallType.IDEA_HUB, OPENS_AT, CLOSES_AT, BUDGET, MAX_GRANT,
                List.of(criteria));
    }

    /** A call with criteria "Relevans" (weight 60, id 11) and "Genomförbarhet" (weight 40, id 12). */
    public static FundingCall ideaHubCall() {
        return callWith(11, new CallTerms.Criterion("Relevans", 60), new CallTerms.Criterion("Genomförbarhet", 40));
    }

    /** A call with the given criteria, numbered from {@code firstCriterionId} in the order given. */
    public static FundingCall callWith(long firstCriterionId, CallTerms.Criterion... criteria) {
        FundingCall call = new FundingCall(programme(), terms(criteria));
        long id = firstCriterionId;
        for (AssessmentCriterion criterion : call.getCriteria()) {
            setId(criterion, id++);
        }
        return call;
    }

    public static Instant stockholm(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(Clocks.STOCKHOLM).toInstant();
    }

    static void setId(AssessmentCriterion criterion, long id) {
        try {
            Field field = AssessmentCriterion.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(criterion, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("AssessmentCriterion has no id field to set", e);
        }
    }
}
