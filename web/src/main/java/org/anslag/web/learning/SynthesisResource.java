package org.anslag.web.learning;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.Locale;
import java.util.ResourceBundle;
import org.anslag.learning.Syntheses;
import org.anslag.learning.Synthesis;
import org.anslag.learning.SynthesisDocument;
import org.anslag.web.shared.CurrentUser;
import org.anslag.web.shared.LanguageSelection;

/**
 * The accompanying researcher's synthesis of a programme as a Word document, in the reader's
 * language: {@code /api/learning/programmes/3/synthesis.docx}; only for a programme the reader may read.
 */
@Path("/learning/programmes")
@RequestScoped
public class SynthesisResource {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @EJB
    Syntheses syntheses;
    @Inject
    CurrentUser currentUser;
    @Inject
    LanguageSelection language;

    @GET
    @Path("{id}/synthesis.docx")
    @Produces(DOCX)
    public Response synthesis(@PathParam("id") Long programmeId) {
        Locale locale = language.getLocale();
        ResourceBundle msg = ResourceBundle.getBundle("org.anslag.web.messages", locale);
        var labels = new Syntheses.Labels(msg.getString("research.synthesis.titlePattern"),
                msg.getString("research.synthesis.exportedBy"), msg.getString("research.synthesis.notes"),
                msg.getString("research.synthesis.programmeNotes"), msg.getString("research.synthesis.project"),
                msg.getString("research.synthesis.byline"), msg.getString("research.synthesis.noNotes"),
                msg.getString("research.synthesis.figures"), msg.getString("research.synthesis.noFigures"));
        Synthesis synthesis = syntheses.synthesis(currentUser.actor(), programmeId, labels, locale);
        StreamingOutput body = out -> SynthesisDocument.write(synthesis, locale, out);
        return Response.ok(body, DOCX)
                .header("Content-Disposition", "attachment; filename=\"synthesis-" + programmeId + ".docx\"")
                .header("Cache-Control", "no-store")
                .build();
    }
}
