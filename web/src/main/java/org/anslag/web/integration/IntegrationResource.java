package org.anslag.web.integration;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.function.BiFunction;
import org.anslag.integration.ApiClient;
import org.anslag.integration.IntegrationReads;
import org.anslag.shared.AccessDenied;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The read-only integration API, version 1: calls, applications, decisions, payments and reports
 * as JSON pages. {@link TokenGate} has signed the token in before any method runs; the token's
 * scope is checked by {@link IntegrationReads}. Each operation's OpenAPI description says what it
 * serves, to which scopes, and how it refuses. JSON whatever the Accept header asks for, so a
 * client that sends none or a browser's gets the answer rather than 406.
 */
@Path("v1")
@RequestScoped
@IntegrationApi
@Tag(name = "Integration API v1", description = "Read-only access for the agency's other systems (diarium, ERP, BI)")
@SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "A token an administrator issued on admin/api-tokens.xhtml, sent as 'Authorization: Bearer <token>'")
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "400", description = "limit or offset is not a whole number in range (the problem names it)",
        content = @Content(mediaType = Problems.TYPE))
@APIResponse(responseCode = "401", description = "No token, or an unknown or revoked one", content = @Content(mediaType = Problems.TYPE))
@APIResponse(responseCode = "403", description = "The token's scope does not read this collection", content = @Content(mediaType = Problems.TYPE))
@APIResponse(responseCode = "429", description = "The token's rate is used up; wait the seconds in Retry-After",
        content = @Content(mediaType = Problems.TYPE))
public class IntegrationResource {

    @EJB
    IntegrationReads reads;
    @Inject
    ApiCaller caller;

    @GET
    @Path("calls")
    @Operation(summary = "Funding calls", description = "Published, open and closed calls (never drafts), by id. Scopes: all.")
    @APIResponse(responseCode = "200", description = "One page of calls",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Pages.CallPage.class)))
    public Response calls(@Parameter(description = "Page size, 1-200 (default 50)") @QueryParam("limit") String limit,
                          @Parameter(description = "Records to skip (default 0)") @QueryParam("offset") String offset) {
        return answer(limit, offset, (client, paging) -> {
            var page = reads.calls(client, paging.limit(), paging.offset());
            return new Pages.CallPage(page.items(), page.limit(), page.offset(), page.total(), paging.next("calls", page));
        });
    }

    @GET
    @Path("applications")
    @Operation(summary = "Applications", description = "Submitted applications (never drafts) by id: number, registration "
            + "number, status, coordinator and partners, requested amount. No form answers, budget or attachments. "
            + "Scopes: PROGRAMME_MANAGER_READ, REGISTRY.")
    @APIResponse(responseCode = "200", description = "One page of applications",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Pages.ApplicationPage.class)))
    public Response applications(@Parameter(description = "Page size, 1-200 (default 50)") @QueryParam("limit") String limit,
                                 @Parameter(description = "Records to skip (default 0)") @QueryParam("offset") String offset) {
        return answer(limit, offset, (client, paging) -> {
            var page = reads.applications(client, paging.limit(), paging.offset());
            return new Pages.ApplicationPage(page.items(), page.limit(), page.offset(), page.total(),
                    paging.next("applications", page));
        });
    }

    @GET
    @Path("decisions")
    @Operation(summary = "Funding decisions", description = "Every funding decision by id: granted (amount in SEK), "
            + "rejected or awaiting a second manager's approval; effectiveOn is the day it took effect (Swedish time). "
            + "Scopes: PROGRAMME_MANAGER_READ, FINANCE, REGISTRY.")
    @APIResponse(responseCode = "200", description = "One page of decisions",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Pages.DecisionPage.class)))
    public Response decisions(@Parameter(description = "Page size, 1-200 (default 50)") @QueryParam("limit") String limit,
                              @Parameter(description = "Records to skip (default 0)") @QueryParam("offset") String offset) {
        return answer(limit, offset, (client, paging) -> {
            var page = reads.decisions(client, paging.limit(), paging.offset());
            return new Pages.DecisionPage(page.items(), page.limit(), page.offset(), page.total(), paging.next("decisions", page));
        });
    }

    @GET
    @Path("payments")
    @Operation(summary = "Installments", description = "The installments of every grant by id: amount in SEK, due day, "
            + "PLANNED, RELEASED, PAID or CANCELLED, the day paid and the payment reference. "
            + "Scopes: PROGRAMME_MANAGER_READ, FINANCE.")
    @APIResponse(responseCode = "200", description = "One page of installments",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Pages.PaymentPage.class)))
    public Response payments(@Parameter(description = "Page size, 1-200 (default 50)") @QueryParam("limit") String limit,
                             @Parameter(description = "Records to skip (default 0)") @QueryParam("offset") String offset) {
        return answer(limit, offset, (client, paging) -> {
            var page = reads.payments(client, paging.limit(), paging.offset());
            return new Pages.PaymentPage(page.items(), page.limit(), page.offset(), page.total(), paging.next("payments", page));
        });
    }

    @GET
    @Path("reports")
    @Operation(summary = "Progress and final reports", description = "Every submitted report revision in the order "
            + "submitted: kind, period, outcome of the assessment and its score. No narrative text. "
            + "Scopes: PROGRAMME_MANAGER_READ, RESEARCHER.")
    @APIResponse(responseCode = "200", description = "One page of reports",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Pages.ReportPage.class)))
    public Response reports(@Parameter(description = "Page size, 1-200 (default 50)") @QueryParam("limit") String limit,
                            @Parameter(description = "Records to skip (default 0)") @QueryParam("offset") String offset) {
        return answer(limit, offset, (client, paging) -> {
            var page = reads.reports(client, paging.limit(), paging.offset());
            return new Pages.ReportPage(page.items(), page.limit(), page.offset(), page.total(), paging.next("reports", page));
        });
    }

    private Response answer(String limit, String offset, BiFunction<ApiClient, Paging, Object> read) {
        ApiClient client = caller.client();
        try {
            return Response.ok(read.apply(client, Paging.of(limit, offset)), MediaType.APPLICATION_JSON_TYPE).build();
        } catch (Paging.Refused refused) {
            return refused.response;
        } catch (AccessDenied denied) {
            return Problems.of(Response.Status.FORBIDDEN, "The token's scope " + client.scope()
                    + " does not read this collection.").build();
        }
    }
}
