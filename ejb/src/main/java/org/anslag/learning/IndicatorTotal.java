package org.anslag.learning;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import org.anslag.followup.IndicatorUnit;

/**
 * An indicator rolled up over projects against its target. The target is each project's, so the
 * roll-up's target is it times the funded projects. What a project reported is the sum of its
 * periods for an indicator that adds up, and its newest period's value for one that does not (people
 * involved now); the projects' figures are then added, except percentages, which are averaged and
 * compared with the project target as it is.
 */
public record IndicatorTotal(String nameSv, String nameEn, IndicatorUnit unit, boolean cumulative, int projects,
                             int reporting, BigDecimal target, BigDecimal reported) {

    /** One project's values, period by period, oldest first. */
    public record Series(List<BigDecimal> values) {

        BigDecimal figure(boolean cumulative) {
            if (values.isEmpty()) {
                return null;
            }
            return cumulative ? values.stream().reduce(BigDecimal.ZERO, BigDecimal::add) : values.get(values.size() - 1);
        }
    }

    public static IndicatorTotal of(String nameSv, String nameEn, IndicatorUnit unit, boolean cumulative,
                                    BigDecimal projectTarget, int projects, List<Series> series) {
        List<BigDecimal> figures = series.stream().map(one -> one.figure(cumulative)).filter(figure -> figure != null).toList();
        BigDecimal sum = figures.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        boolean averaged = unit == IndicatorUnit.PERCENT;
        BigDecimal reported = averaged
                ? figures.isEmpty() ? null : sum.divide(BigDecimal.valueOf(figures.size()), 2, RoundingMode.HALF_UP)
                : sum;
        BigDecimal target = projectTarget == null ? null
                : averaged ? projectTarget : projectTarget.multiply(BigDecimal.valueOf(projects));
        return new IndicatorTotal(nameSv, nameEn, unit, cumulative, projects, figures.size(), target, reported);
    }

    public String name(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? nameEn : nameSv;
    }

    /** Reported as a share of the target, 0.5 for half of it; null without a (non-zero) target or figures. */
    public Double share() {
        if (target == null || target.signum() == 0 || reported == null) {
            return null;
        }
        return reported.divide(target, 4, RoundingMode.HALF_UP).doubleValue();
    }
}
