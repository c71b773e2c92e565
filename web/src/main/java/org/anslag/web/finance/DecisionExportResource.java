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
import org.anslag.finance.FinanceExports;
import org.anslag.web.shared.CurrentUser;
import org.anslag.web.shared.LanguageSelection;

/** Streams the decisions of a call as an .xlsx file. */
@Path("/finance/calls/{callId}/decisions.xlsx")
@RequestScoped
public class DecisionExportResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @EJB
    FinanceExports exports;
    @Inject
    CurrentUser currentUser;
    @Inject
    LanguageSelection language;

    @GET
    @Produces(XLSX)
    @RolesAllowed({"FINANCE", "PROGRAMME_MANAGER"})
    public Response download(@PathParam("callId") Long callId) {
        byte[] sheet = exports.decisionsOf(currentUser.actor(), callId, language.getLocale());
        return Response.ok(sheet, XLSX)
                .header("Content-Disposition", "attachment; filename=\"beslut-utlysning-" + callId + ".xlsx\"")
                .header("Cache-Control", "no-store")
                .build();
    }
}
