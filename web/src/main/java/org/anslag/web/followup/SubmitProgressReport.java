package org.anslag.web.followup;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.anslag.followup.CallIndicators;
import org.anslag.followup.FollowUps;
import org.anslag.followup.ProgressReport;
import org.anslag.followup.ReportContent;
import org.anslag.followup.ReportWindow;
import org.anslag.followup.ReportWindows;
import org.anslag.followup.TagChoice;
import org.anslag.followup.TermKind;
import org.anslag.followup.Vocabulary;
import org.anslag.shared.AccessDenied;
import org.anslag.shared.RuleViolation;
import org.anslag.web.shared.ApplicationStep;
import org.anslag.web.shared.Feedback;
import org.anslag.web.shared.LanguageSelection;
import org.anslag.web.shared.QuantityConverter;
import org.anslag.workflow.GrantApplicationProcess;

/** A funded project reports progress: narrative, indicators, tagged hinders and success factors. */
@Named
@ViewScoped
public class SubmitProgressReport extends ApplicationStep {

    private static final long serialVersionUID = 1L;

    @EJB
    transient GrantApplicationProcess process;
    @EJB
    transient FollowUps followUps;
    @EJB
    transient Vocabulary vocabulary;
    @EJB
    transient CallIndicators callIndicators;
    @Inject
    LanguageSelection language;
    @EJB
    transient ReportWindows reportWindows;

    /** The window of the awaited report; null when the process has none (an older grant). */
    private ReportWindow window;
    /** False before the window opens: the page then says when it will. */
    private boolean open;
    private String narrative;
    private List<IndicatorLine> indicators = List.of();
    private List<TermChoice> hinders = List.of();
    private List<TermChoice> successFactors = List.of();

    public void load() {
        if (!currentUser.actor().belongsTo(getApplication().getCoordinator().getId())) {
            throw new AccessDenied(currentUser.getUsername() + " does not coordinate " + number);
        }
        window = reportWindows.awaited(getApplication()).orElse(null);
        if (process.isWaitingForReportWindow(number)) {
            // the page says when the report opens instead of offering a form
            return;
        }
        if (!process.isWaitingAt(number, GrantApplicationProcess.SUBMIT_PROGRESS_REPORT)) {
            // no report is asked for now (not granted yet, or already sent): nothing to fill in
            throw new org.anslag.shared.NotFound("no report awaited for " + number);
        }
        open = true;
        Long programme = getApplication().getCall().getProgramme().getId();
        // the view's own locale is set only when it renders; the reader's choice is known now
        Locale locale = language.getLocale();
        int previous = followUps.nextPeriod(number) - 1;
        indicators = callIndicators.of(getApplication().getCall().getId()).stream()
                .map(indicator -> new IndicatorLine(indicator, locale,
                        followUps.cumulative(number, indicator.getId(), previous))).toList();
        hinders = vocabulary.active(programme, TermKind.HINDER).stream().map(term -> new TermChoice(term, locale)).toList();
        successFactors = vocabulary.active(programme, TermKind.SUCCESS_FACTOR).stream()
                .map(term -> new TermChoice(term, locale)).toList();
    }

    public String submit() {
        List<TagChoice> tags = new ArrayList<>();
        Map<Long, BigDecimal> values = new HashMap<>();
        boolean valid = read(values) & choose("hinders", hinders, tags) & choose("successFactors", successFactors, tags);
        if (!valid) {
            FacesContext.getCurrentInstance().validationFailed();
            return null;
        }
        try {
            followUps.submit(currentUser.actor(), number, new ReportContent(narrative, values, tags));
            Feedback.info("report.submittedInfo", number);
            return "/application/application.xhtml?faces-redirect=true&number=" + number;
        } catch (RuleViolation violation) {
            Feedback.show("report", violation);
            return null;
        }
    }

    /** Which of the call's reporting periods this report is for, and when that period ends. */
    public String getPeriod() {
        int period = followUps.nextPeriod(number);
        int periods = getApplication().getCall().reportsRequired();
        List<LocalDate> ends = getApplication().getCall().getReportingPeriodEnds();
        return period <= ends.size()
                ? Feedback.text("report.periodEnding", period, periods, ends.get(period - 1).toString())
                : Feedback.text("report.periodOf", period, periods);
    }

    /** The versions of this period sent back so far, with the assessors' comments; empty for a first report. */
    public List<ProgressReport> getEarlierVersions() {
        return followUps.latestOf(number).filter(ProgressReport::isSentBack)
                .map(latest -> followUps.versionsOf(number, latest.getPeriodNumber())).orElse(List.of());
    }

    /** Reads a value per indicator ("12", "12,5", "1 200"); a missing or wrong one is shown beside its field. */
    private boolean read(Map<Long, BigDecimal> values) {
        boolean valid = true;
        for (int row = 0; row < indicators.size(); row++) {
            IndicatorLine line = indicators.get(row);
            String field = "report:indicators:" + row + ":value";
            try {
                BigDecimal value = QuantityConverter.parse(line.getValue());
                if (value == null) {
                    throw new RuleViolation("value", "validation.required");
                }
                line.getUnit().check("value", value);
                values.put(line.indicatorId(), value);
            } catch (NumberFormatException notANumber) {
                problem(field, line.getName() + ": " + Feedback.text("indicator.notANumber"));
                valid = false;
            } catch (RuleViolation violation) {
                problem(field, line.getName() + ": " + Feedback.text(violation.messageKey(), violation.arguments()));
                valid = false;
            }
        }
        return valid;
    }

    /**
     * Adds the ticked lines of one list to {@code tags}; an excerpt on an unticked line or one too
     * long is shown next to that line (and false returned), keeping what was typed.
     */
    private static boolean choose(String list, List<TermChoice> lines, List<TagChoice> tags) {
        boolean valid = true;
        for (int row = 0; row < lines.size(); row++) {
            TermChoice line = lines.get(row);
            String field = "report:" + list + ":" + row + ":excerpt";
            if (!line.isChosen()) {
                if (line.hasExcerpt()) {
                    problem(field, Feedback.text("report.excerptWithoutTerm", line.getLabel()));
                    valid = false;
                }
                continue;
            }
            try {
                tags.add(new TagChoice(line.termId(), line.getExcerpt()));
            } catch (RuleViolation violation) {
                problem(field, Feedback.text(violation.messageKey(), violation.arguments()) + " (" + line.getLabel() + ")");
                valid = false;
            }
        }
        return valid;
    }

    private static void problem(String clientId, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }

    public boolean isOpen() {
        return open;
    }

    public ReportWindow getWindow() {
        return window;
    }

    public String getNarrative() {
        return narrative;
    }

    public void setNarrative(String narrative) {
        this.narrative = narrative;
    }

    public List<IndicatorLine> getIndicators() {
        return indicators;
    }

    public List<TermChoice> getHinders() {
        return hinders;
    }

    public List<TermChoice> getSuccessFactors() {
        return successFactors;
    }
}
