package org.anslag.web.learning;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.anslag.learning.Figure;
import org.anslag.learning.FigureCsv;
import org.anslag.learning.FigureExports;
import org.anslag.learning.FigureWorkbook;
import org.anslag.shared.Clocks;
import org.anslag.web.shared.CurrentUser;
import org.anslag.web.shared.LanguageSelection;

/**
 * Every figure of the learning pages as .xlsx (with its filters on a cover sheet) or as CSV:
 * {@code /api/learning/figures/{name}.xlsx?programme=3}. The figure's source checks who asks.
 */
@Path("/learning/figures")
@RequestScoped
public class FigureResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @EJB
    FigureExports exports;
    @Inject
    CurrentUser currentUser;
    @Inject
    LanguageSelection language;
    @Inject
    Clock clock;
    @Context
    UriInfo uri;

    @GET
    @Path("{name}.xlsx")
    @Produces(XLSX)
    public Response workbook(@PathParam("name") String name) {
        Locale locale = language.getLocale();
        Figure figure = exports.figure(currentUser.actor(), name, filters(), locale);
        ResourceBundle msg = ResourceBundle.getBundle("org.anslag.web.messages", locale);
        var labels = new FigureWorkbook.CoverLabels(msg.getString("figures.cover.sheet"),
                msg.getString("figures.cover.filters"), msg.getString("figures.cover.exportedBy"),
                msg.getString("figures.cover.exportedAt"));
        String by = currentUser.getFullName();
        StreamingOutput body = out -> FigureWorkbook.write(figure, labels, by, ZonedDateTime.now(clock.withZone(Clocks.STOCKHOLM)), out);
        return download(body, XLSX, name + ".xlsx");
    }

    @GET
    @Path("{name}.csv")
    @Produces("text/csv")
    public Response csv(@PathParam("name") String name) {
        Figure figure = exports.figure(currentUser.actor(), name, filters(), language.getLocale());
        StreamingOutput body = out -> FigureCsv.write(figure, new OutputStreamWriter(out, StandardCharsets.UTF_8));
        return download(body, "text/csv; charset=UTF-8", name + ".csv");
    }

    private Map<String, String> filters() {
        Map<String, String> filters = new LinkedHashMap<>();
        uri.getQueryParameters().forEach((key, values) -> filters.put(key, values.get(0)));
        return filters;
    }

    private static Response download(StreamingOutput body, String type, String filename) {
        return Response.ok(body, type)
                .header("Content-Disposition", "attachment; filename=\"" + filename + "\"")
                .header("Cache-Control", "no-store")
                .build();
    }
}
