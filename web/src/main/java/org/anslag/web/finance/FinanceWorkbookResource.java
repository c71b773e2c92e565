package org.anslag.web.finance;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.Locale;
import org.anslag.finance.ExportScope;
import org.anslag.finance.FinanceExports;
import org.anslag.shared.Actor;
import org.anslag.web.shared.CurrentUser;
import org.anslag.web.shared.LanguageSelection;

/**
 * The finance workbook of a call ({@code ?scope=call:12}) or a whole programme
 * ({@code ?scope=programme:3}), streamed to the browser as it is written.
 */
@Path("/finance/workbook.xlsx")
@RequestScoped
@RolesAllowed({"FINANCE", "PROGRAMME_MANAGER"})
public class FinanceWorkbookResource {

    @EJB
    FinanceExports exports;
    @Inject
    CurrentUser currentUser;
    @Inject
    LanguageSelection language;

    @GET
    @Produces(CallSpreadsheetResource.XLSX)
    public Response workbook(@QueryParam("scope") String scope) {
        Actor actor = currentUser.actor();
        Locale locale = language.getLocale();
        // refused (403, 404, 422) before the first byte, while the answer can still say so
        ExportScope chosen = exports.scope(actor, scope);
        StreamingOutput body = out -> exports.workbook(actor, chosen, locale, out);
        return Response.ok(body, CallSpreadsheetResource.XLSX)
                .header("Content-Disposition", "attachment; filename=\"ekonomi-"
                        + (chosen.kind() == ExportScope.Kind.CALL ? "utlysning-" : "program-") + chosen.id() + ".xlsx\"")
                .header("Cache-Control", "no-store")
                .build();
    }
}
