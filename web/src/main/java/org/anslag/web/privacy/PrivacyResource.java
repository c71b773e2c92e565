package org.anslag.web.privacy;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import org.anslag.privacy.DataSubjects;
import org.anslag.privacy.RecordOfProcessing;
import org.anslag.web.shared.CurrentUser;

/** The register and a person's data as files; ADMIN only (web.xml and the services). */
@Path("/privacy")
@RequestScoped
public class PrivacyResource {

    @EJB
    RecordOfProcessing register;
    @EJB
    DataSubjects dataSubjects;
    @Inject
    CurrentUser currentUser;

    @GET
    @Path("register.csv")
    public Response registerCsv(@QueryParam("lang") String lang) {
        return file(register.csv(currentUser.actor(), language(lang)), "text/csv; charset=UTF-8", "personuppgifter.csv");
    }

    @GET
    @Path("register.pdf")
    public Response registerPdf(@QueryParam("lang") String lang) {
        return file(register.pdf(currentUser.actor(), language(lang)), "application/pdf", "personuppgifter.pdf");
    }

    @GET
    @Path("subjects/{username}.json")
    public Response subjectJson(@PathParam("username") String username) {
        return file(dataSubjects.record(currentUser.actor(), username).json(), "application/json; charset=UTF-8",
                "registerutdrag.json");
    }

    @GET
    @Path("subjects/{username}.pdf")
    public Response subjectPdf(@PathParam("username") String username, @QueryParam("lang") String lang) {
        return file(dataSubjects.record(currentUser.actor(), username).pdf(language(lang)), "application/pdf",
                "registerutdrag.pdf");
    }

    private static Locale language(String lang) {
        return "en".equals(lang) ? Locale.ENGLISH : Locale.forLanguageTag("sv");
    }

    private static Response file(Object content, String type, String name) {
        return Response.ok(content, type).header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .header("Cache-Control", "no-store").build();
    }
}
