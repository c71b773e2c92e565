package org.anslag.web.learning;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.anslag.call.Programme;
import org.anslag.followup.IndicatorUnit;
import org.anslag.learning.IndicatorRollUps;
import org.anslag.learning.IndicatorTotal;
import org.anslag.learning.LearningAccess;
import org.anslag.shared.NotFound;
import org.anslag.web.shared.CurrentUser;
import org.anslag.web.shared.Formats;

/** The indicators page: a programme's indicators against their targets, per call and for the programme. */
@Named
@RequestScoped
public class IndicatorTargetsPage {

    @EJB
    IndicatorRollUps rollUps;
    @EJB
    LearningAccess access;
    @Inject
    CurrentUser currentUser;
    @Inject
    Formats format;

    private Long programmeId;
    private Programme programme;
    private List<IndicatorRollUps.CallRollUp> perCall;
    private List<IndicatorTotal> perProgramme;

    /** Without a programme the newest readable one; none readable is nothing to show. */
    public void load() {
        if (programmeId == null) {
            programmeId = access.defaultProgramme(currentUser.actor()).map(Programme::getId)
                    .orElseThrow(() -> new NotFound("no programme to read"));
        }
        programme = access.requireProgramme(currentUser.actor(), programmeId);
        perCall = rollUps.perCall(currentUser.actor(), programmeId);
        perProgramme = rollUps.perProgramme(currentUser.actor(), programmeId);
    }

    /** A figure in its unit: money as "1 250 000 kr", other figures Swedish style ("1 200", "12,5"). */
    public String figure(BigDecimal value, IndicatorUnit unit) {
        if (value == null) {
            return "–";
        }
        return unit == IndicatorUnit.KRONOR ? format.money(value) : format.quantity(value) + (unit == IndicatorUnit.PERCENT ? " %" : "");
    }

    /** The share of the target as "37,5 %", or a dash without a target. */
    public String share(IndicatorTotal total) {
        Double share = total.share();
        return share == null ? "–" : format.quantity(BigDecimal.valueOf(share * 100).setScale(1, RoundingMode.HALF_UP)) + " %";
    }

    public List<Programme> getProgrammes() {
        return access.programmes(currentUser.actor());
    }

    public Programme getProgramme() {
        return programme;
    }

    public List<IndicatorRollUps.CallRollUp> getPerCall() {
        return perCall;
    }

    public List<IndicatorTotal> getPerProgramme() {
        return perProgramme;
    }

    public Long getProgrammeId() {
        return programmeId;
    }

    public void setProgrammeId(Long programmeId) {
        this.programmeId = programmeId;
    }
}
