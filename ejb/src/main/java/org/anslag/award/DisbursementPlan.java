package org.anslag.award;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.anslag.application.GrantApplication;

/**
 * How a grant is paid: an advance on the day the agreement is accepted, then one installment per
 * reporting period of the call, each waiting for that period's progress report. The parts are
 * equal in whole kronor; what rounding leaves over goes to the last, so the sum is the grant.
 */
public final class DisbursementPlan {

    /** Time for the coordinator to report and an evaluator to approve, after a period ends. */
    static final int DAYS_TO_APPROVE_REPORT = 30;

    private DisbursementPlan() {
    }

    public static List<Installment> of(GrantApplication application, BigDecimal granted, LocalDate acceptedOn,
                                       List<LocalDate> reportingPeriodEnds) {
        int count = reportingPeriodEnds.size() + 1;
        BigDecimal part = granted.divide(BigDecimal.valueOf(count), 0, RoundingMode.DOWN);
        BigDecimal last = granted.subtract(part.multiply(BigDecimal.valueOf(count - 1L)));
        List<Installment> plan = new ArrayList<>(count);
        plan.add(new Installment(application, 1, count == 1 ? last : part, acceptedOn, null));
        for (int period = 1; period <= reportingPeriodEnds.size(); period++) {
            LocalDate due = reportingPeriodEnds.get(period - 1).plusDays(DAYS_TO_APPROVE_REPORT);
            plan.add(new Installment(application, period + 1, period == count - 1 ? last : part,
                    due.isBefore(acceptedOn) ? acceptedOn : due, period));
        }
        return plan;
    }
}
