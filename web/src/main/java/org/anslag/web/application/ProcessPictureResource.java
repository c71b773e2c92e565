package org.anslag.web.application;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.anslag.application.Applications;
import org.anslag.application.GrantApplication;
import org.anslag.workflow.GrantApplicationProcess;
import org.anslag.web.shared.CurrentUser;
import org.anslag.web.shared.LanguageSelection;

/** Where an application stands in its process, for the diagram on its page: the model and the active and done steps. */
@Path("/")
@RequestScoped
public class ProcessPictureResource {

    @EJB
    Applications applications;
    @EJB
    GrantApplicationProcess process;
    @Inject
    CurrentUser currentUser;
    @Inject
    LanguageSelection language;
    @Inject
    DiagramNames names;

    @GET
    @Path("applications/{number}/process")
    public Response picture(@PathParam("number") String number) {
        GrantApplication application = applications.viewByNumber(currentUser.actor(), number);
        return process.picture(application.getNumber())
                .map(picture -> Response.ok(Json.createObjectBuilder()
                        .add("bpmn", names.in(language.getLocale(), picture.bpmnXml()))
                        .add("active", array(picture.active()))
                        .add("completed", array(picture.completed())).build().toString(), "application/json"))
                .orElseGet(() -> Response.status(Response.Status.NOT_FOUND).entity("{\"started\":false}").type("application/json"))
                .header("Cache-Control", "no-store").build();
    }

    private static JsonArrayBuilder array(List<String> ids) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        ids.forEach(array::add);
        return array;
    }
}
