package org.anslag.web.finance;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import java.util.function.BiFunction;
import org.anslag.finance.FinanceExports;
import org.anslag.shared.Actor;
import org.anslag.web.shared.CurrentUser;
import org.anslag.web.shared.LanguageSelection;

/** A call's spreadsheets for finance and managers: decisions, ranking and payment plans, as .xlsx. */
@Path("/finance/calls/{callId}")
@RequestScoped
@RolesAllowed({"FINANCE", "PROGRAMME_MANAGER"})
public class CallSpreadsheetResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @EJB
    FinanceExports exports;
    @Inject
    CurrentUser currentUser;
    @Inject
    LanguageSelection language;

    @GET
    @Path("decisions.xlsx")
    @Produces(XLSX)
    public Response decisions(@PathParam("callId") Long callId) {
        return sheet("beslut-utlysning-" + callId, (actor, locale) -> exports.decisionsOf(actor, callId, locale));
    }

    @GET
    @Path("ranking.xlsx")
    @Produces(XLSX)
    public Response ranking(@PathParam("callId") Long callId) {
        return sheet("rangordning-utlysning-" + callId, (actor, locale) -> exports.rankingOf(actor, callId, locale));
    }

    @GET
    @Path("payment-plans.xlsx")
    @Produces(XLSX)
    public Response paymentPlans(@PathParam("callId") Long callId) {
        return sheet("utbetalningsplaner-utlysning-" + callId, (actor, locale) -> exports.paymentPlansOf(actor, callId, locale));
    }

    private Response sheet(String fileName, BiFunction<Actor, Locale, byte[]> export) {
        return Response.ok(export.apply(currentUser.actor(), language.getLocale()), XLSX)
                .header("Content-Disposition", "attachment; filename=\"" + fileName + ".xlsx\"")
                .header("Cache-Control", "no-store")
                .build();
    }
}
