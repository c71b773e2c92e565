package org.anslag.web.application;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.anslag.application.Applications;
import org.anslag.application.GrantApplication;
import org.anslag.budget.Budget;
import org.anslag.budget.BudgetEntry;
import org.anslag.budget.Budgets;
import org.anslag.shared.Actor;
import org.anslag.shared.RuleViolation;
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
    @Inject
    Validator validator;

    /**
     * {"callId":1,"title":"…","summary":"…","budget":[{"year":2026,"category":"PERSONNEL","cost":500000,"coFunding":0}]}.
     * {@code requestedAmount} is taken as the form takes it; with a budget, the budget decides the
     * amount, so a different amount beside it is refused rather than overwritten.
     */
    @POST
    @Path("applications")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response createDraft(DraftRequest draft) {
        if (draft == null) {
            throw new RuleViolation("body", "validation.required");
        }
        Set<ConstraintViolation<DraftRequest>> violations = validator.validate(draft);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        Actor actor = currentUser.actor();
        List<BudgetEntry> lines = draft.lines().stream()
                .map(line -> new BudgetEntry(actor.organisationId(), line.year(), line.category(),
                        orZero(line.cost()), orZero(line.coFunding())))
                .toList();
        BigDecimal grantOfBudget = new Budget(lines).grantRequested();
        if (!lines.isEmpty() && draft.requestedAmount() != null && draft.requestedAmount().compareTo(grantOfBudget) != 0) {
            throw new RuleViolation("requestedAmount", "application.requestedAmountFollowsBudget", grantOfBudget);
        }
        GrantApplication created = applications.createDraft(actor, draft.callId(), draft.title());
        GrantApplication saved = applications.saveDraft(actor, created.getId(), created.getVersion(), created.getTitle(),
                draft.summary(), draft.requestedAmount());
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

    private static BigDecimal orZero(BigDecimal amount) {
        return amount == null ? BigDecimal.ZERO : amount;
    }
}
