package org.anslag.web.letter;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.anslag.audit.ReadEntry;
import org.anslag.audit.ReadLog;
import org.anslag.letter.Letter;
import org.anslag.letter.LetterPdf;
import org.anslag.letter.Letters;
import org.anslag.review.BlindReview;
import org.anslag.web.shared.CurrentUser;

/** A decision letter as PDF, for whoever may see its application. */
@Path("/")
@RequestScoped
public class LetterPdfResource {

    @EJB
    Letters letters;
    @EJB
    ReadLog readLog;
    @EJB
    BlindReview blindReview;
    @Inject
    CurrentUser currentUser;

    @GET
    @Path("letters/{id}.pdf")
    public Response download(@PathParam("id") Long letterId) {
        Letter letter = letters.get(currentUser.actor(), letterId);
        // addressed to the applicant by name: not for a blind reviewer
        blindReview.requireNamesVisible(currentUser.actor(), letter.getApplication());
        readLog.read(currentUser.actor(), letter.getApplication().getId(), letter.getApplication().getNumber(),
                ReadEntry.What.LETTER, letter.getTitle());
        return Response.ok(LetterPdf.render(letter), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"beslut-" + letter.getApplication().getNumber() + "-"
                        + letter.getId() + ".pdf\"")
                .header("Cache-Control", "no-store")
                .build();
    }
}
