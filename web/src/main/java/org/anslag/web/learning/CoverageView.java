package org.anslag.web.learning;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.anslag.call.CallType;
import org.anslag.call.Calls;
import org.anslag.call.FundingCall;
import org.anslag.call.Programme;
import org.anslag.learning.Coverage;
import org.anslag.learning.CoverageFigures;
import org.anslag.learning.LearningAccess;
import org.anslag.learning.MapStatus;
import org.anslag.organisation.MapProjection;
import org.anslag.organisation.MunicipalityMap;
import org.anslag.shared.RuleViolation;
import org.anslag.web.shared.CurrentUser;
import org.anslag.web.shared.Feedback;

/**
 * The coverage page, for managers and researchers (learning/coverage) and for the public
 * (public/coverage): the headline, the map, the county table and the tables per call, call type
 * and year, for the filters in the address. A bad filter is answered 400 with a message naming it.
 */
@Named
@ViewScoped
public class CoverageView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One municipality on the map. */
    public record MapCell(String code, String name, String county, MapStatus status, String path) implements Serializable {
    }

    @EJB
    Coverage coverage;
    @EJB
    MunicipalityMap map;
    @EJB
    LearningAccess access;
    @EJB
    Calls calls;
    @Inject
    CurrentUser currentUser;

    private final Map<String, String> filters = new LinkedHashMap<>();
    private boolean open;
    private transient CoverageFigures figures;
    private transient List<MapCell> cells;

    public void load() {
        loadFor(false);
    }

    public void loadPublic() {
        loadFor(true);
    }

    private void loadFor(boolean forPublic) {
        open = forPublic;
        filters.values().removeIf(value -> value == null || value.isBlank());
        try {
            figures = forPublic ? coverage.publicFigures(filters) : coverage.figures(currentUser.actor(), filters);
        } catch (RuleViolation violation) {
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(400);
            Object[] value = violation.arguments();
            Feedback.error(violation.messageKey(), filterLabel(violation.field()), value.length == 0 ? "" : value[0]);
            figures = forPublic ? coverage.publicFigures(Map.of()) : coverage.figures(currentUser.actor(), Map.of());
            filters.clear();
        }
        Map<String, CoverageFigures.Municipality> byCode = figures.municipalities().stream()
                .collect(Collectors.toMap(CoverageFigures.Municipality::code, municipality -> municipality));
        cells = map.outlines().stream().filter(outline -> byCode.containsKey(outline.getMunicipalityCode()))
                .map(outline -> {
                    var municipality = byCode.get(outline.getMunicipalityCode());
                    return new MapCell(municipality.code(), municipality.name(), municipality.countyName(),
                            figures.status().get(municipality.code()), outline.getSvgPath());
                }).toList();
    }

    private static String filterLabel(String field) {
        return switch (field) {
            case "programme" -> Feedback.text("coverage.filter.programme");
            case "call" -> Feedback.text("coverage.filter.call");
            case "type" -> Feedback.text("coverage.filter.type");
            case "from" -> Feedback.text("coverage.filter.from");
            default -> Feedback.text("coverage.filter.to");
        };
    }

    public CoverageFigures getFigures() {
        return figures;
    }

    public List<MapCell> getCells() {
        return cells;
    }

    public List<MapStatus> getStatuses() {
        return List.of(MapStatus.values());
    }

    public long count(MapStatus status) {
        return figures.status().values().stream().filter(status::equals).count();
    }

    public String getViewBox() {
        return MapProjection.VIEW_BOX;
    }

    /** Whole percent, as the headline and tables show it. */
    public long percent(double share) {
        return Math.round(share * 100);
    }

    public List<Programme> getProgrammes() {
        return open ? calls.programmes() : access.programmes(currentUser.actor());
    }

    public List<FundingCall> getCalls() {
        var readable = getProgrammes().stream().map(Programme::getId).collect(Collectors.toSet());
        return calls.calls().stream().filter(call -> readable.contains(call.getProgramme().getId())).toList();
    }

    public List<CallType> getCallTypes() {
        return List.of(CallType.values());
    }

    /** The filters as a query string for the download links. */
    public String getQuery() {
        return filters.entrySet().stream()
                .map(filter -> filter.getKey() + "=" + URLEncoder.encode(filter.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    public Map<String, String> getFilters() {
        return filters;
    }

    public String getProgramme() {
        return filters.get("programme");
    }

    public void setProgramme(String value) {
        filters.put("programme", value);
    }

    public String getCall() {
        return filters.get("call");
    }

    public void setCall(String value) {
        filters.put("call", value);
    }

    public String getType() {
        return filters.get("type");
    }

    public void setType(String value) {
        filters.put("type", value);
    }

    public String getFrom() {
        return filters.get("from");
    }

    public void setFrom(String value) {
        filters.put("from", value);
    }

    public String getTo() {
        return filters.get("to");
    }

    public void setTo(String value) {
        filters.put("to", value);
    }
}
