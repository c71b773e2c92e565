package org.anslag.web.learning;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;
import org.anslag.call.FundingCall;
import org.anslag.call.Programme;
import org.anslag.learning.CalibrationLine;
import org.anslag.learning.Calibrations;
import org.anslag.learning.LearningAccess;
import org.anslag.shared.NotFound;
import org.anslag.shared.Role;
import org.anslag.web.shared.CurrentUser;

/** Evaluator calibration (managers only): each evaluator's scores per criterion next to the panel's. */
@Named
@RequestScoped
public class CalibrationPage {

    @EJB
    Calibrations calibrations;
    @EJB
    LearningAccess access;
    @Inject
    CurrentUser currentUser;

    private Long programmeId;
    private Long callId;
    private Programme programme;
    private List<CalibrationLine> lines;

    public void load() {
        currentUser.actor().require(Role.PROGRAMME_MANAGER);
        if (programmeId == null) {
            programmeId = access.defaultProgramme(currentUser.actor()).map(Programme::getId)
                    .orElseThrow(() -> new NotFound("no programme"));
        }
        programme = access.requireProgramme(currentUser.actor(), programmeId);
        lines = calibrations.of(currentUser.actor(), programmeId, callId);
    }

    /** A mean with one decimal in the reader's language: "4,5". */
    public String mean(double value, Locale locale) {
        return String.format(locale, "%.1f", value);
    }

    /** The difference with its sign: "+1,5", "−0,5". */
    public String difference(double value, Locale locale) {
        String text = String.format(locale, "%.1f", Math.abs(value));
        return (value < -0.05 ? "−" : value > 0.05 ? "+" : "±") + text;
    }

    public String getQuery() {
        return "programme=" + programmeId + (callId == null ? "" : "&call=" + callId);
    }

    public List<Programme> getProgrammes() {
        return access.programmes(currentUser.actor());
    }

    public List<FundingCall> getCalls() {
        return calibrations.callsOf(programmeId);
    }

    public Programme getProgramme() {
        return programme;
    }

    public List<CalibrationLine> getLines() {
        return lines;
    }

    public Long getProgrammeId() {
        return programmeId;
    }

    public void setProgrammeId(Long programmeId) {
        this.programmeId = programmeId;
    }

    public Long getCallId() {
        return callId;
    }

    public void setCallId(Long callId) {
        this.callId = callId;
    }
}
