package org.anslag.web.learning;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.anslag.call.CallType;
import org.anslag.call.Programme;
import org.anslag.followup.TermKind;
import org.anslag.learning.LearningAccess;
import org.anslag.learning.Theme;
import org.anslag.learning.ThemeExcerpt;
import org.anslag.learning.ThemeFilter;
import org.anslag.learning.ThemeFrequencies;
import org.anslag.learning.Themes;
import org.anslag.organisation.County;
import org.anslag.shared.RuleViolation;
import org.anslag.web.shared.CurrentUser;
import org.anslag.web.shared.Feedback;

/**
 * The hinders and success factors page: how often each theme occurs in the filtered reports, per
 * period, and (with {@code term}) the excerpts behind one theme. The filters travel in the address,
 * so a view can be bookmarked and its figures downloaded with the same query.
 */
@Named
@RequestScoped
public class ThemeFrequencyPage {

    @EJB
    Themes themes;
    @EJB
    LearningAccess access;
    @Inject
    CurrentUser currentUser;

    private String programme;
    private String callType;
    private String period;
    private String year;
    private String county;
    private String term;

    private ThemeFilter filter;
    private ThemeFrequencies frequencies;
    private Theme chosen;
    private List<ThemeExcerpt> excerpts = List.of();

    /** Without a programme the newest readable one with funded projects is shown; a bad filter value answers 400 naming it. */
    public void load() {
        if (programme == null || programme.isBlank()) {
            programme = access.defaultProgramme(currentUser.actor()).map(one -> one.getId().toString()).orElse(null);
        }
        try {
            filter = ThemeFilter.parse(values());
            if (term != null && !term.isBlank() && !term.strip().matches("\\d{1,18}")) {
                throw new RuleViolation("term", "themes.filter.term");
            }
        } catch (RuleViolation refused) {
            Feedback.error("themes.filter.refused", Feedback.aboutField(refused.field(), refused.messageKey()));
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(HttpServletResponse.SC_BAD_REQUEST);
            filter = null;
            return;
        }
        frequencies = themes.frequencies(currentUser.actor(), filter);
        if (term != null && !term.isBlank()) {
            chosen = themes.theme(currentUser.actor(), filter.programmeId(), Long.valueOf(term.strip()));
            excerpts = themes.excerpts(currentUser.actor(), filter, chosen.termId());
        }
    }

    private Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("programme", programme);
        values.put("callType", callType);
        values.put("period", period);
        values.put("year", year);
        values.put("county", county);
        return values;
    }

    public List<Programme> getProgrammes() {
        return access.programmes(currentUser.actor());
    }

    public CallType[] getCallTypes() {
        return CallType.values();
    }

    public List<County> getCounties() {
        return themes.counties();
    }

    public List<ThemeFrequencies.Line> lines(String kind) {
        return frequencies == null ? List.of() : frequencies.of(TermKind.valueOf(kind));
    }

    /** A cell's bar as a share of the largest cell, in per cent of the bar's full width. */
    public long bar(long count) {
        long largest = frequencies == null ? 0 : frequencies.largestCell();
        return largest == 0 ? 0 : Math.round(100.0 * count / largest);
    }

    public String getQuery() {
        return filter == null ? "" : filter.query();
    }

    public ThemeFilter getFilter() {
        return filter;
    }

    public ThemeFrequencies getFrequencies() {
        return frequencies;
    }

    public Theme getChosen() {
        return chosen;
    }

    public List<ThemeExcerpt> getExcerpts() {
        return excerpts;
    }

    public String getProgramme() {
        return programme;
    }

    public void setProgramme(String programme) {
        this.programme = programme;
    }

    public String getCallType() {
        return callType;
    }

    public void setCallType(String callType) {
        this.callType = callType;
    }

    public String getPeriod() {
        return period;
    }

    public void setPeriod(String period) {
        this.period = period;
    }

    public String getYear() {
        return year;
    }

    public void setYear(String year) {
        this.year = year;
    }

    public String getCounty() {
        return county;
    }

    public void setCounty(String county) {
        this.county = county;
    }

    public String getTerm() {
        return term;
    }

    public void setTerm(String term) {
        this.term = term;
    }
}
