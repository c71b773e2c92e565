package org.anslag.learning;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.anslag.application.GrantApplication;
import org.anslag.call.FundingCall;
import org.anslag.followup.CallIndicators;
import org.anslag.followup.Indicator;
import org.anslag.followup.IndicatorUnit;
import org.anslag.followup.ProgressReport;
import org.anslag.shared.Actor;

/**
 * A programme's indicators against their targets, per call and for the programme as a whole. The
 * programme adds up the calls' indicators that share name and unit (the idea-hub set every idea-hub
 * call starts with, for instance). Only funded projects count, each period by its newest version.
 */
@Stateless
public class IndicatorRollUps {

    /** A call's indicators rolled up over its funded projects. */
    public record CallRollUp(FundingCall call, List<IndicatorTotal> totals) {
    }

    @PersistenceContext
    EntityManager em;
    @EJB
    LearningAccess access;
    @EJB
    CallIndicators indicators;

    public List<CallRollUp> perCall(Actor actor, Long programmeId) {
        access.requireProgramme(actor, programmeId);
        List<CallRollUp> rollUps = new ArrayList<>();
        for (FundingCall call : calls(programmeId)) {
            Projects projects = projects(call);
            rollUps.add(new CallRollUp(call, indicators.of(call.getId()).stream()
                    .map(indicator -> IndicatorTotal.of(indicator.getNameSv(), indicator.getNameEn(), indicator.getUnit(),
                            indicator.isCumulative(), indicator.getTarget(), projects.count(), projects.series(indicator)))
                    .toList()));
        }
        return rollUps;
    }

    /** The calls' indicators of the same name and unit together; the target only when every call has one. */
    public List<IndicatorTotal> perProgramme(Actor actor, Long programmeId) {
        access.requireProgramme(actor, programmeId);
        Map<String, List<IndicatorTotal.Series>> series = new LinkedHashMap<>();
        Map<String, Indicator> first = new LinkedHashMap<>();
        Map<String, Integer> projectCount = new LinkedHashMap<>();
        Map<String, BigDecimal> targets = new LinkedHashMap<>();
        Map<String, Boolean> everyTarget = new LinkedHashMap<>();
        for (FundingCall call : calls(programmeId)) {
            Projects projects = projects(call);
            for (Indicator indicator : indicators.of(call.getId())) {
                String key = indicator.getNameSv() + "|" + indicator.getUnit() + "|" + indicator.isCumulative();
                first.putIfAbsent(key, indicator);
                series.computeIfAbsent(key, k -> new ArrayList<>()).addAll(projects.series(indicator));
                projectCount.merge(key, projects.count(), Integer::sum);
                everyTarget.merge(key, indicator.getTarget() != null, Boolean::logicalAnd);
                if (indicator.getTarget() != null) {
                    targets.merge(key, indicator.getTarget().multiply(BigDecimal.valueOf(projects.count())), BigDecimal::add);
                }
            }
        }
        return first.entrySet().stream().map(entry -> {
            String key = entry.getKey();
            Indicator indicator = entry.getValue();
            IndicatorTotal total = IndicatorTotal.of(indicator.getNameSv(), indicator.getNameEn(), indicator.getUnit(),
                    indicator.isCumulative(), null, projectCount.get(key), series.get(key));
            BigDecimal target = !everyTarget.get(key) ? null
                    : indicator.getUnit() == IndicatorUnit.PERCENT ? indicator.getTarget() : targets.get(key);
            return new IndicatorTotal(total.nameSv(), total.nameEn(), total.unit(), total.cumulative(), total.projects(),
                    total.reporting(), target, total.reported());
        }).toList();
    }

    private List<FundingCall> calls(Long programmeId) {
        return em.createQuery("select c from FundingCall c where c.programme.id = :programme order by c.opensAt, c.id",
                FundingCall.class).setParameter("programme", programmeId).getResultList();
    }

    /** The call's funded projects and the newest version of each of their period reports. */
    private Projects projects(FundingCall call) {
        List<GrantApplication> funded = em.createQuery(
                "select a from GrantApplication a where a.call.id = :call and a.status in :funded", GrantApplication.class)
                .setParameter("call", call.getId()).setParameter("funded", LearningAccess.FUNDED).getResultList();
        List<ProgressReport> reports = em.createQuery("""
                select r from ProgressReport r where r.application.call.id = :call and r.application.status in :funded""",
                ProgressReport.class).setParameter("call", call.getId()).setParameter("funded", LearningAccess.FUNDED)
                .getResultList();
        Map<Long, List<ProgressReport>> byProject = reports.stream()
                .collect(Collectors.toMap(report -> report.getApplication().getId() + ":" + report.getPeriodNumber(),
                        report -> report, (one, other) -> one.getRevision() > other.getRevision() ? one : other))
                .values().stream().sorted(Comparator.comparing(ProgressReport::getPeriodNumber))
                .collect(Collectors.groupingBy(report -> report.getApplication().getId(), LinkedHashMap::new, Collectors.toList()));
        return new Projects(funded.size(), byProject);
    }

    private record Projects(int count, Map<Long, List<ProgressReport>> reportsByProject) {

        List<IndicatorTotal.Series> series(Indicator indicator) {
            return reportsByProject.values().stream().map(reports -> new IndicatorTotal.Series(reports.stream()
                    .map(report -> report.valueOf(indicator.getId())).filter(Objects::nonNull).toList())).toList();
        }
    }
}
