package org.anslag.web.call;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.anslag.call.Calls;
import org.anslag.followup.CallIndicators;
import org.anslag.followup.Indicator;
import org.anslag.followup.IndicatorDraft;
import org.anslag.followup.IndicatorUnit;
import org.anslag.shared.RuleViolation;
import org.anslag.web.shared.CurrentUser;
import org.anslag.web.shared.Feedback;

/** Managers define what a call's projects report each period: add, change and remove indicators. */
@Named
@ViewScoped
public class DefineIndicators implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    CallIndicators indicators;
    @EJB
    Calls calls;
    @Inject
    CurrentUser currentUser;

    private Long callId;
    private String callTitle;
    /** The table's editable fields, by indicator id. */
    private final Map<Long, String> namesSv = new HashMap<>();
    private final Map<Long, String> namesEn = new HashMap<>();
    private final Map<Long, BigDecimal> targets = new HashMap<>();
    private final Map<Long, Boolean> cumulative = new HashMap<>();
    private String nameSv;
    private String nameEn;
    private IndicatorUnit unit;
    private BigDecimal target;
    private boolean addsUp = true;

    /** An unknown call has no indicators to show: the not-found page. */
    public void load() {
        callTitle = calls.call(callId).getTitle();
        for (Indicator indicator : indicators.of(callId)) {
            namesSv.put(indicator.getId(), indicator.getNameSv());
            namesEn.put(indicator.getId(), indicator.getNameEn());
            targets.put(indicator.getId(), indicator.getTarget());
            cumulative.put(indicator.getId(), indicator.isCumulative());
        }
    }

    public String add() {
        return change("indicator", () -> indicators.add(currentUser.actor(), callId,
                new IndicatorDraft(nameSv, nameEn, unit, target, addsUp)), "indicator.added");
    }

    public String save(Indicator indicator) {
        Long id = indicator.getId();
        return change("indicators", () -> indicators.change(currentUser.actor(), id, new IndicatorDraft(namesSv.get(id),
                namesEn.get(id), indicator.getUnit(), targets.get(id), Boolean.TRUE.equals(cumulative.get(id)))), "indicator.saved");
    }

    public String remove(Long indicatorId) {
        return change("indicators", () -> indicators.remove(currentUser.actor(), indicatorId), "indicator.removed");
    }

    private String change(String form, Supplier<Indicator> action, String doneKey) {
        try {
            Feedback.info(doneKey, action.get().getNameSv());
            return "/call/indicators.xhtml?faces-redirect=true&call=" + callId;
        } catch (RuleViolation violation) {
            Feedback.show(form, violation);
            return null;
        }
    }

    public List<Indicator> getIndicators() {
        return indicators.of(callId);
    }

    public IndicatorUnit[] getUnits() {
        return IndicatorUnit.values();
    }

    public String getCallTitle() {
        return callTitle;
    }

    public Map<Long, String> getNamesSv() {
        return namesSv;
    }

    public Map<Long, String> getNamesEn() {
        return namesEn;
    }

    public Map<Long, BigDecimal> getTargets() {
        return targets;
    }

    public Map<Long, Boolean> getCumulative() {
        return cumulative;
    }

    public Long getCallId() {
        return callId;
    }

    public void setCallId(Long callId) {
        this.callId = callId;
    }

    public String getNameSv() {
        return nameSv;
    }

    public void setNameSv(String nameSv) {
        this.nameSv = nameSv;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public IndicatorUnit getUnit() {
        return unit;
    }

    public void setUnit(IndicatorUnit unit) {
        this.unit = unit;
    }

    public BigDecimal getTarget() {
        return target;
    }

    public void setTarget(BigDecimal target) {
        this.target = target;
    }

    public boolean isAddsUp() {
        return addsUp;
    }

    public void setAddsUp(boolean addsUp) {
        this.addsUp = addsUp;
    }
}
