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
import java.util.Optional;
import org.anslag.followup.CallIndicators;
import org.anslag.followup.FollowUps;
import org.anslag.followup.ProgressReport;
import org.anslag.followup.ReportContent;
import org.anslag.followup.ReportWindow;
import org.anslag.followup.ReportWindows;
import org.anslag.followup.ReportSpread;
import org.anslag.followup.ReportTag;
import org.anslag.followup.Spending;
import org.anslag.followup.SpendingEntry;
import org.anslag.followup.SpendingLine;
import org.anslag.followup.Spread;
import org.anslag.followup.SpreadEntry;
import org.anslag.followup.SpreadKind;
import org.anslag.followup.TagChoice;
import org.anslag.followup.TermKind;
import org.anslag.followup.Vocabulary;
import org.anslag.organisation.Organisation;
import org.anslag.organisation.Organisations;
import org.anslag.shared.AccessDenied;
import org.anslag.shared.RuleViolation;
import org.anslag.web.shared.ApplicationStep;
import org.anslag.web.shared.Feedback;
import org.anslag.web.shared.LanguageSelection;
import org.anslag.web.shared.QuantityConverter;
import org.anslag.workflow.GrantApplicationProcess;

/**
 * A funded project reports progress: narrative, indicators, spending against the approved budget,
 * tagged hinders and success factors, and the spread to other municipalities. A revision starts
 * from the version sent back.
 */
@Named
@ViewScoped
public class SubmitProgressReport extends ApplicationStep {

    private static final long serialVersionUID = 1L;

    @EJB
    private org.anslag.followup.ReportingSchedule schedule;

    @EJB
    GrantApplicationProcess process;
    @EJB
    FollowUps followUps;
    @EJB
    Vocabulary vocabulary;
    @EJB
    CallIndicators callIndicators;
    @EJB
    Spending spendingFigures;
    @EJB
    Organisations organisations;
    @Inject
    LanguageSelection language;
    @EJB
    ReportWindows reportWindows;

    /** The window of the awaited report; null when the process has none (an older grant). */
    private ReportWindow window;
    /** False before the window opens: the page then says when it will. */
    private boolean open;
    private String narrative;
    private List<IndicatorLine> indicators = List.of();
    private List<TermChoice> hinders = List.of();
    private List<TermChoice> successFactors = List.of();
    private List<SpendingInput> spending = List.of();
    private final List<SpreadInput> spread = new ArrayList<>();
    private String spreadSearch;
    private SpreadKind spreadKind = SpreadKind.INTERESTED;
    private String spreadNote;

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
        spending = spendingFigures.basisFor(getApplication(), followUps.nextPeriod(number)).stream().map(SpendingInput::new).toList();
        followUps.latestOf(number).filter(ProgressReport::isSentBack).ifPresent(this::startFrom);
    }

    /** A revision starts from the version sent back: the assessor asked for more, not for everything again. */
    private void startFrom(ProgressReport sentBack) {
        narrative = sentBack.getNarrative();
        for (IndicatorLine line : indicators) {
            BigDecimal value = sentBack.valueOf(line.indicatorId());
            line.setValue(value == null ? null : typed(value));
        }
        for (ReportTag tag : sentBack.getHinders()) {
            tick(hinders, tag);
        }
        for (ReportTag tag : sentBack.getSuccessFactors()) {
            tick(successFactors, tag);
        }
        for (SpendingLine line : sentBack.getSpending()) {
            spending.stream().filter(input -> input.basis().heading().equals(line.heading())).forEach(input -> {
                input.setAmount(line.getAmount());
                input.setExplanation(line.getExplanation());
            });
        }
        for (ReportSpread entry : sentBack.getSpread()) {
            spread.add(new SpreadInput(entry.getMunicipality(), entry.getKind(), entry.getNote()));
        }
    }

    /** A figure as the reader would type it: "12,5" in Swedish, "12.5" in English. */
    private String typed(BigDecimal value) {
        String plain = value.stripTrailingZeros().toPlainString();
        return "en".equals(language.getLocale().getLanguage()) ? plain : plain.replace('.', ',');
    }

    /** A retired term is not offered any more, so its tag does not come along. */
    private static void tick(List<TermChoice> choices, ReportTag tag) {
        choices.stream().filter(choice -> choice.termId().equals(tag.getTerm().getId())).forEach(choice -> {
            choice.setChosen(true);
            choice.setExcerpt(tag.getExcerpt());
        });
    }

    public String submit() {
        List<TagChoice> tags = new ArrayList<>();
        Map<Long, BigDecimal> values = new HashMap<>();
        List<SpendingEntry> spent = new ArrayList<>();
        List<SpreadEntry> spreadTo = new ArrayList<>();
        boolean valid = read(values) & spend(spent) & choose("hinders", hinders, tags)
                & choose("successFactors", successFactors, tags) & spread(spreadTo);
        if (!valid) {
            FacesContext.getCurrentInstance().validationFailed();
            return null;
        }
        try {
            followUps.submit(currentUser.actor(), number, new ReportContent(narrative, values, tags, spent, spreadTo));
            Feedback.info("report.submittedInfo", number);
            return "/application/application.xhtml?faces-redirect=true&number=" + number;
        } catch (RuleViolation violation) {
            Feedback.show("report", inWords(violation));
            return null;
        }
    }

    /** The spending lines as typed; a missing amount or an unexplained deviation is shown beside its line. */
    private boolean spend(List<SpendingEntry> spent) {
        boolean valid = true;
        for (int row = 0; row < spending.size(); row++) {
            SpendingInput line = spending.get(row);
            try {
                line.basis().check(line.entry());
                spent.add(line.entry());
            } catch (RuleViolation violation) {
                problem("report:spending:" + row + ":" + violation.field(), text(inWords(violation)));
                valid = false;
            }
        }
        return valid;
    }

    private boolean spread(List<SpreadEntry> spreadTo) {
        try {
            spread.forEach(line -> spreadTo.add(line.entry()));
            return true;
        } catch (RuleViolation violation) {
            problem("report:spread-search", text(violation));
            return false;
        }
    }

    /** Adds the municipality typed (name or kommunkod) to the spread list; a partner or an unknown name is refused beside the field. */
    public void addSpread() {
        Optional<Organisation> found = MunicipalityChoice.find(organisations.municipalities(), spreadSearch);
        if (found.isEmpty()) {
            problem("report:spread-search", Feedback.text("spread.unknown", spreadSearch == null ? "" : spreadSearch.strip()));
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        Organisation municipality = found.get();
        try {
            Spread.check(getApplication(), municipality);
            if (spread.stream().anyMatch(line -> line.organisationId().equals(municipality.getId()))) {
                throw new RuleViolation("spread", "spread.twice", municipality.getName());
            }
            spread.add(new SpreadInput(municipality, spreadKind, new SpreadEntry(municipality.getId(), spreadKind, spreadNote).note()));
            spreadSearch = null;
            spreadNote = null;
        } catch (RuleViolation violation) {
            problem("report:spread-search", text(violation));
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    public void removeSpread(int row) {
        spread.remove(row);
    }

    /** The other municipalities offered by the picker: every one but the project's own. */
    public List<Organisation> getOtherMunicipalities() {
        return organisations.municipalities().stream().filter(m -> !getApplication().involves(m.getId())).toList();
    }

    /** A refusal naming a spending line carries its cost category; the reader sees the category's name. */
    private static RuleViolation inWords(RuleViolation violation) {
        Object[] arguments = violation.arguments();
        for (int i = 0; i < arguments.length; i++) {
            if (arguments[i] instanceof org.anslag.budget.CostCategory category) {
                // the same names as the budget page's (costCategory.*, checked for both languages there)
                String name = "costCategory." + category.name();
                arguments[i] = Feedback.text(name);
            }
        }
        return new RuleViolation(violation.field(), violation.messageKey(), arguments);
    }

    private static String text(RuleViolation violation) {
        return Feedback.text(violation.messageKey(), violation.arguments());
    }

    /** Which reporting period this report is for, and when that period ends: the grant's own end, moved by an extension. */
    public String getPeriod() {
        int period = followUps.nextPeriod(number);
        int periods = getApplication().getCall().reportsRequired();
        List<LocalDate> ends = schedule.periodsOf(getApplication().getId()).stream()
                .map(org.anslag.followup.ReportingPeriod::getEndsOn).toList();
        if (ends.isEmpty()) {
            ends = getApplication().getCall().getReportingPeriodEnds();
        }
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

    public List<SpendingInput> getSpending() {
        return spending;
    }

    public List<SpreadInput> getSpread() {
        return spread;
    }

    public List<SpreadKind> getSpreadKinds() {
        return List.of(SpreadKind.values());
    }

    public String getSpreadSearch() {
        return spreadSearch;
    }

    public void setSpreadSearch(String spreadSearch) {
        this.spreadSearch = spreadSearch;
    }

    public SpreadKind getSpreadKind() {
        return spreadKind;
    }

    public void setSpreadKind(SpreadKind spreadKind) {
        this.spreadKind = spreadKind;
    }

    public String getSpreadNote() {
        return spreadNote;
    }

    public void setSpreadNote(String spreadNote) {
        this.spreadNote = spreadNote;
    }
}
