package org.anslag.web.attachment;

import org.anslag.audit.ReadEntry;
import org.anslag.audit.ReadLog;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.anslag.application.Applications;
import org.anslag.attachment.Attachment;
import org.anslag.attachment.AttachmentStore;
import org.anslag.attachment.Attachments;
import org.anslag.attachment.Upload;
import org.anslag.review.BlindReview;
import org.anslag.web.shared.CurrentUser;
import org.anslag.web.shared.LanguageSelection;

/**
 * Attachments over HTTP: download for whoever may see the application, upload (the file as the
 * request body, its name in X-File-Name) for the coordinator of a draft.
 */
@Path("/")
@RequestScoped
public class AttachmentResource {

    @EJB
    Attachments attachments;
    @EJB
    Applications applications;
    @Inject
    AttachmentStore store;
    @EJB
    ReadLog readLog;
    @EJB
    BlindReview blindReview;
    @Inject
    LanguageSelection language;
    @Inject
    CurrentUser currentUser;

    @GET
    @Path("attachments/{id}")
    public Response download(@PathParam("id") Long id) {
        Attachment attachment = attachments.view(currentUser.actor(), id);
        readLog.read(currentUser.actor(), attachment.getApplicationId(),
                applications.view(currentUser.actor(), attachment.getApplicationId()).getNumber(),
                ReadEntry.What.ATTACHMENT, attachment.getFileName());
        StreamingOutput body = out -> {
            try (InputStream in = store.open(attachment.getSha256())) {
                in.transferTo(out);
            }
        };
        String name = blindReview.attachmentName(currentUser.actor(), attachment, language.getLocale()).replace("\"", "");
        return Response.ok(body, attachment.getContentType())
                .header("Content-Disposition", "attachment; filename=\"" + ascii(name) + "\"; filename*=UTF-8''"
                        + java.net.URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"))
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "no-store")
                .build();
    }

    @GET
    @Path("applications/{number}/attachments")
    @Produces(MediaType.APPLICATION_JSON)
    public String list(@PathParam("number") String number) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        attachments.of(currentUser.actor(), applicationIdOf(number)).forEach(a -> list.add(json(a,
                blindReview.attachmentName(currentUser.actor(), a, language.getLocale()))));
        return list.build().toString();
    }

    @POST
    @Path("applications/{number}/attachments")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Response upload(@PathParam("number") String number, @HeaderParam("X-File-Name") String fileName,
                           InputStream body) {
        String name = fileName == null ? null : URLDecoder.decode(fileName, StandardCharsets.UTF_8);
        Attachment attachment;
        // streamed to disk before the draft is locked: a slow client holds no row and no heap
        try (Upload upload = store.receive(body, Attachments.maxBytes())) {
            attachment = attachments.upload(currentUser.actor(), applicationIdOf(number), name, upload);
        }
        return Response.status(Response.Status.CREATED).entity(json(attachment, attachment.getFileName()).toString()).build();
    }

    /** The address names the application by its number; the services take its id. */
    private Long applicationIdOf(String number) {
        return applications.viewByNumber(currentUser.actor(), number).getId();
    }

    /** The attachment as JSON, under the name its reader may see (masked in a blind review). */
    static JsonObject json(Attachment attachment, String fileName) {
        return Json.createObjectBuilder()
                .add("id", attachment.getId())
                .add("fileName", fileName)
                .add("contentType", attachment.getContentType())
                .add("size", attachment.getSize())
                .add("sha256", attachment.getSha256())
                .build();
    }

    private static String ascii(String name) {
        return name.replaceAll("[^\\x20-\\x7E]", "_");
    }
}
