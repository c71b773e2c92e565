package org.anslag.web.submission;

import org.anslag.audit.ReadEntry;
import org.anslag.audit.ReadLog;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.anslag.application.Applications;
import org.anslag.review.BlindReview;
import org.anslag.shared.NotFound;
import org.anslag.submission.SubmittedVersion;
import org.anslag.submission.Submissions;
import org.anslag.web.shared.CurrentUser;
import org.anslag.web.shared.LanguageSelection;

/** The submitted version of an application as PDF, for whoever may see the application. */
@Path("/")
@RequestScoped
public class SubmittedPdfResource {

    @EJB
    Submissions submissions;
    @EJB
    Applications applications;
    @EJB
    ReadLog readLog;
    @EJB
    BlindReview blindReview;
    @Inject
    CurrentUser currentUser;
    @Inject
    LanguageSelection language;

    @GET
    @Path("applications/{number}/submitted.pdf")
    public Response download(@PathParam("number") String number) {
        var application = applications.viewByNumber(currentUser.actor(), number);
        Long applicationId = application.getId();
        SubmittedVersion version = submissions.of(currentUser.actor(), applicationId)
                .orElseThrow(() -> new NotFound("no submitted version of " + number));
        readLog.read(currentUser.actor(), applicationId, number, ReadEntry.What.SUBMITTED_PDF, null);
        return Response.ok(blindReview.submittedPdf(currentUser.actor(), application, version, language.getLocale()), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"ansokan-" + number + ".pdf\"")
                .header("Cache-Control", "no-store")
                .build();
    }
}
