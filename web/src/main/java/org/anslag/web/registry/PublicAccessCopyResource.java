package org.anslag.web.registry;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.anslag.publicaccess.PublicAccessCopies;
import org.anslag.web.shared.CurrentUser;

/** A case's public documents, masked for handing out, as PDF; managers only (web.xml and the service). */
@Path("/")
@RequestScoped
public class PublicAccessCopyResource {

    @EJB
    PublicAccessCopies copies;
    @Inject
    CurrentUser currentUser;

    @GET
    @Path("registry/cases/{dnr}/public-copy.pdf")
    public Response download(@PathParam("dnr") String dnr) {
        return Response.ok(copies.of(currentUser.actor(), dnr), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"utlamnande-" + dnr + ".pdf\"")
                .header("Cache-Control", "no-store")
                .build();
    }
}
