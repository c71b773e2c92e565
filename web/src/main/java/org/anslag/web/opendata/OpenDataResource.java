package org.anslag.web.opendata;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;
import org.anslag.opendata.OpenDataSettings;
import org.anslag.opendata.OpenGrant;
import org.anslag.opendata.OpenGrants;
import org.anslag.opendata.ThreeSixtyGiving;
import org.anslag.opendata.VinnovaProjects;

/**
 * Funded projects as open data, for anyone without signing in (web.xml lets /api/open/* be read
 * and nothing else): {@code /api/open/360giving.json|csv} and {@code /api/open/vinnova.json|csv}.
 * Each answer carries an ETag of its bytes, so a harvester asking again with If-None-Match gets 304.
 * Any Accept header is served (a browser following the results page's link asks for HTML first).
 */
@Path("/open")
@RequestScoped
public class OpenDataResource {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String JSON_TYPE = "application/json; charset=UTF-8";
    private static final String CSV_TYPE = "text/csv; charset=UTF-8";

    @EJB
    OpenGrants grants;
    @Context
    Request request;

    @GET
    @Path("360giving.json")
    public Response threeSixtyGivingJson() {
        return json(ThreeSixtyGiving.grantPackage(grants.funded(), OpenDataSettings.current()), "360giving.json");
    }

    @GET
    @Path("360giving.csv")
    public Response threeSixtyGivingCsv() {
        List<OpenGrant> funded = grants.funded();
        OpenDataSettings settings = OpenDataSettings.current();
        return csv(out -> ThreeSixtyGiving.csv(funded, settings, out), "360giving.csv");
    }

    @GET
    @Path("vinnova.json")
    public Response vinnovaJson() {
        return json(VinnovaProjects.of(grants.funded()), "vinnova.json");
    }

    @GET
    @Path("vinnova.csv")
    public Response vinnovaCsv() {
        List<OpenGrant> funded = grants.funded();
        return csv(out -> VinnovaProjects.csv(funded, out), "vinnova.csv");
    }

    private Response json(Object body, String filename) {
        try {
            return answer(JSON.writeValueAsBytes(body), JSON_TYPE, filename);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("open data as JSON", e);
        }
    }

    private Response csv(Consumer<StringWriter> writer, String filename) {
        StringWriter out = new StringWriter();
        writer.accept(out);
        return answer(out.toString().getBytes(StandardCharsets.UTF_8), CSV_TYPE, filename);
    }

    private Response answer(byte[] body, String type, String filename) {
        EntityTag tag = new EntityTag(sha256(body));
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
        Response.ResponseBuilder answer = unchanged != null ? unchanged : Response.ok(body, type)
                .header("Content-Disposition", "inline; filename=\"" + filename + "\"");
        return answer.tag(tag)
                .header("Cache-Control", "public, max-age=300")
                .header("Access-Control-Allow-Origin", "*")
                .build();
    }

    private static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
