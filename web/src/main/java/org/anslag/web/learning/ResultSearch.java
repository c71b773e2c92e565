package org.anslag.web.learning;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.anslag.call.CallType;
import org.anslag.followup.VocabularyTerm;
import org.anslag.learning.CatalogueQuery;
import org.anslag.learning.CataloguePage;
import org.anslag.learning.ResultCatalogue;
import org.anslag.organisation.County;
import org.anslag.web.shared.Feedback;

/**
 * The public results catalogue (public/results.xhtml): a plain GET form, so a search is an address
 * to bookmark and the next-page link carries the filters. A garbled filter is named in a message,
 * answered with 400, and left out of the search.
 */
@Named
@RequestScoped
public class ResultSearch {

    private static final Map<String, String> FIELD_LABELS = Map.of("theme", "results.field.theme",
            "county", "results.field.county", "tag", "results.field.tag", "page", "results.field.page");

    @EJB
    ResultCatalogue catalogue;
    @Inject
    CatalogueLabels labels;

    private String text;
    private String theme;
    private String county;
    private String tag;
    private String page;
    private CatalogueQuery query;
    private CataloguePage found;

    public void load() {
        CallType themeChosen = parsed("theme", theme, value -> Arrays.stream(CallType.values())
                .filter(type -> type.name().equals(value)).findFirst().orElse(null));
        String countyChosen = parsed("county", county, value -> catalogue.isCounty(value) ? value : null);
        Long tagChosen = parsed("tag", tag, value -> {
            Long id = number(value);
            return id != null && catalogue.isTag(id) ? id : null;
        });
        Long pageChosen = parsed("page", page, value -> {
            Long number = number(value);
            return number != null && number >= 1 && number <= 100_000 ? number : null;
        });
        query = new CatalogueQuery(text == null ? null : text.substring(0, Math.min(text.length(), 200)), themeChosen,
                countyChosen, tagChosen, pageChosen == null ? 1 : pageChosen.intValue());
        found = catalogue.search(query);
    }

    /** The address of another page of the same search. */
    public String pageAddress(int number) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("text", query.text());
        parameters.put("theme", query.theme() == null ? null : query.theme().name());
        parameters.put("county", query.county());
        parameters.put("tag", query.tag() == null ? null : query.tag().toString());
        parameters.put("page", Integer.toString(number));
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/public/results.xhtml?"
                + parameters.entrySet().stream().filter(p -> p.getValue() != null)
                .map(p -> p.getKey() + "=" + URLEncoder.encode(p.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    public String getNextPage() {
        return pageAddress(found.page() + 1);
    }

    public String getPreviousPage() {
        return pageAddress(found.page() - 1);
    }

    /** "11 projekt · sida 1 av 2" */
    public String getSummary() {
        return Feedback.text(found.total() == 1 ? "results.countOne" : "results.count", found.total(), found.page(), found.pages());
    }

    public CataloguePage getFound() {
        return found;
    }

    public CatalogueQuery getQuery() {
        return query;
    }

    public List<CallType> getThemes() {
        return List.of(CallType.values());
    }

    public List<County> getCounties() {
        return catalogue.counties();
    }

    public List<VocabularyTerm> getTags() {
        return catalogue.tags();
    }

    public CatalogueLabels getLabels() {
        return labels;
    }

    private <T> T parsed(String field, String typed, java.util.function.Function<String, T> parse) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        T value = parse.apply(typed.strip());
        if (value == null) {
            Feedback.error("results.badParameter", Feedback.text(FIELD_LABELS.get(field)));
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(400);
        }
        return value;
    }

    private static Long number(String typed) {
        try {
            return Long.valueOf(typed);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getTheme() {
        return theme;
    }

    public void setTheme(String theme) {
        this.theme = theme;
    }

    public String getCounty() {
        return county;
    }

    public void setCounty(String county) {
        this.county = county;
    }

    public String getTag() {
        return tag;
    }

    public void setTag(String tag) {
        this.tag = tag;
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }
}
