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

/** Streams a call's ranking, with the funding line, as an .xlsx file. */
@Path("/finance/calls/{callId}/ranking.xlsx")
@RequestScoped
public class RankingExportResource {

    @EJB
    FinanceExports exports;
    @Inject
    CurrentUser currentUser;
    @Inject
    LanguageSelection language;

    @GET
    @Produces(DecisionExportResource.XLSX)
    @RolesAllowed({"FINANCE", "PROGRAMME_MANAGER"})
    public Response download(@PathParam("callId") Long callId) {
        byte[] sheet = exports.rankingOf(currentUser.actor(), callId, language.getLocale());
        return Response.ok(sheet, DecisionExportResource.XLSX)
                .header("Content-Disposition", "attachment; filename=\"rangordning-utlysning-" + callId + ".xlsx\"")
                .header("Cache-Control", "no-store")
                .build();
    }
}
