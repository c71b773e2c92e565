package org.anslag.web.application;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.List;
import org.anslag.application.Applications;
import org.anslag.application.GrantApplication;
import org.anslag.budget.BudgetEntry;
import org.anslag.budget.Budgets;
import org.anslag.budget.CostCategory;
import org.anslag.shared.Actor;
import org.anslag.submission.Submissions;
import org.anslag.web.shared.CurrentUser;

/**
 * Applying over HTTP, for systems that prepare applications elsewhere: create a draft with its
 * budget, attach files (AttachmentResource), submit. Submitting again returns the same receipt.
 * The draft is named by its number from then on: {@code /api/applications/{number}/...}.
 */
@Path("/")
@RequestScoped
public class ApplicationResource {

    @EJB
    Applications applications;
    @EJB
    Budgets budgets;
    @EJB
    Submissions submissions;
    @Inject
    CurrentUser currentUser;

    /** {"callId":1,"title":"…","summary":"…","budget":[{"year":2026,"category":"PERSONNEL","cost":500000,"coFunding":0}]} */
    @POST
    @Path("applications")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response createDraft(JsonObject draft) {
        Actor actor = currentUser.actor();
        GrantApplication created = applications.createDraft(actor, draft.getJsonNumber("callId").longValue(),
                draft.getString("title", null));
        GrantApplication saved = applications.saveDraft(actor, created.getId(), created.getVersion(), created.getTitle(),
                draft.getString("summary", null), null);
        List<BudgetEntry> lines = draft.getJsonArray("budget") == null ? List.of()
                : draft.getJsonArray("budget").getValuesAs(JsonObject.class).stream()
                .map(line -> new BudgetEntry(actor.organisationId(), line.getInt("year"),
                        CostCategory.valueOf(line.getString("category")), amount(line, "cost"), amount(line, "coFunding")))
                .toList();
        if (!lines.isEmpty()) {
            budgets.save(actor, saved.getId(), lines);
        }
        return Response.status(Response.Status.CREATED).entity(Json.createObjectBuilder()
                .add("number", saved.getNumber()).build().toString()).build();
    }

    @POST
    @Path("applications/{number}/submission")
    @Produces(MediaType.APPLICATION_JSON)
    public String submit(@PathParam("number") String number) {
        Actor actor = currentUser.actor();
        Long applicationId = applications.viewByNumber(actor, number).getId();
        GrantApplication submitted = applications.submit(actor, applicationId);
        String checksum = submissions.of(actor, applicationId).map(v -> v.getSha256()).orElse("");
        return Json.createObjectBuilder()
                .add("number", submitted.getNumber())
                .add("submittedAt", submitted.getSubmittedAt().toString())
                .add("sha256", checksum).build().toString();
    }

    private static BigDecimal amount(JsonObject line, String name) {
        JsonValue value = line.get(name);
        return value == null || value.getValueType() == JsonValue.ValueType.NULL ? BigDecimal.ZERO
                : line.getJsonNumber(name).bigDecimalValue();
    }
}
