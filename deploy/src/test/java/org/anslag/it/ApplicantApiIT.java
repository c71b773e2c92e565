package org.anslag.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.anslag.it.support.WebClient;
import org.junit.jupiter.api.Test;

/**
 * The applicant REST API over HTTP against the built EAR: CSRF header, ownership, content checks,
 * and a submission that answers a retry with the same receipt.
 */
class ApplicantApiIT extends BlackBoxTestBase {

    private static final Map<String, String> FROM_THE_APP = Map.of("X-Requested-By", "it", "Accept", "application/json");

    @Test
    void aChangeWithoutTheRequestedByHeaderIsRefused() {
        WebClient anna = signedIn("anna");

        HttpResponse<String> refused = anna.postBody("api/applications", "application/json",
                draftJson(testBedCall(anna)).getBytes(StandardCharsets.UTF_8), Map.of("Accept", "application/json"));

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("X-Requested-By");
    }

    @Test
    void anApplicantDraftsAttachesAndSubmitsAndARetryGetsTheSameReceipt() {
        WebClient anna = signedIn("anna");
        HttpResponse<String> created = anna.postBody("api/applications", "application/json",
                draftJson(testBedCall(anna)).getBytes(StandardCharsets.UTF_8), FROM_THE_APP);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String number = field(created.body(), "number");

        byte[] plan = "%PDF-1.4\n% projektplan\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        HttpResponse<String> attached = anna.postBody("api/applications/" + number + "/attachments", "application/pdf", plan,
                Map.of("X-Requested-By", "it", "X-File-Name", "projektplan.pdf", "Accept", "application/json"));
        assertThat(attached.statusCode()).as(attached.body()).isEqualTo(201);
        assertThat(attached.body()).contains("\"contentType\":\"application/pdf\"");
        HttpResponse<String> disguised = anna.postBody("api/applications/" + number + "/attachments", "application/pdf",
                "inte en pdf".getBytes(StandardCharsets.UTF_8), Map.of("X-Requested-By", "it", "X-File-Name", "budget.pdf", "Accept", "application/json"));
        assertThat(disguised.statusCode()).isEqualTo(422);
        assertThat(disguised.body()).contains("attachment.wrongType");

        WebClient tomas = signedIn("tomas");
        assertThat(tomas.get("api/attachments/" + field(attached.body(), "id")).statusCode())
                .as("another municipality cannot download it").isEqualTo(403);
        assertThat(tomas.postBody("api/applications/" + number + "/submission", "application/json", new byte[0], FROM_THE_APP)
                .statusCode()).as("nor submit it").isEqualTo(403);

        HttpResponse<String> receipt = anna.postBody("api/applications/" + number + "/submission", "application/json",
                new byte[0], FROM_THE_APP);
        assertThat(receipt.statusCode()).as(receipt.body()).isEqualTo(200);
        assertThat(field(receipt.body(), "number")).isEqualTo(number).matches("TB-\\d{4}-\\d{4}");
        assertThat(field(receipt.body(), "sha256")).matches("[0-9a-f]{64}");
        HttpResponse<String> retry = anna.postBody("api/applications/" + number + "/submission", "application/json",
                new byte[0], FROM_THE_APP);
        assertThat(retry.body()).isEqualTo(receipt.body());

        HttpResponse<String> picture = anna.get("api/applications/" + number + "/process");
        assertThat(picture.statusCode()).isEqualTo(200);
        assertThat(picture.body()).contains("\"active\":[\"Task_CheckEligibility\"]", "bpmn:definitions");
        assertThat(tomas.get("api/applications/" + number + "/process").statusCode()).isEqualTo(403);

        HttpResponse<String> pdf = anna.get("api/applications/" + number + "/submitted.pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/pdf"));
        assertThat(pdf.body()).startsWith("%PDF");
    }

    /** The API names an application by its number only: a database id or an unknown number is not found. */
    @Test
    void anApplicationIsNamedByItsNumberAndAnUnknownNumberIsNotFound() {
        WebClient anna = signedIn("anna");
        String number = draftOverApi(anna);

        HttpResponse<String> listed = anna.get("api/applications/" + number + "/attachments", FROM_THE_APP);
        assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
        assertThat(listed.body()).isEqualTo("[]");
        for (String unknown : new String[] {"TB-1999-9999", "1", "not%20a%20number", "%3Cscript%3E"}) {
            assertThat(anna.get("api/applications/" + unknown + "/attachments", FROM_THE_APP).statusCode())
                    .as("attachments of " + unknown).isEqualTo(404);
            assertThat(anna.get("api/applications/" + unknown + "/process").statusCode())
                    .as("process of " + unknown).isEqualTo(404);
            assertThat(anna.get("api/applications/" + unknown + "/submitted.pdf").statusCode())
                    .as("submitted PDF of " + unknown).isEqualTo(404);
            assertThat(anna.postBody("api/applications/" + unknown + "/submission", "application/json", new byte[0],
                    FROM_THE_APP).statusCode()).as("submission of " + unknown).isEqualTo(404);
        }
        WebClient tomas = signedIn("tomas");
        assertThat(tomas.get("api/applications/" + number + "/attachments", FROM_THE_APP).statusCode())
                .as("another municipality's attachments").isEqualTo(403);
        assertThat(tomas.get("api/applications/" + number + "/submitted.pdf").statusCode())
                .as("another municipality's submitted PDF").isEqualTo(403);
    }

    private static String field(String json, String name) {
        Matcher value = Pattern.compile("\"" + name + "\":\"?([^\",}]*)").matcher(json);
        assertThat(value.find()).as(name + " in " + json).isTrue();
        return value.group(1);
    }
}
