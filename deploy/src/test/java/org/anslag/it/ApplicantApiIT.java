package org.anslag.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.anslag.it.support.WebClient;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
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

    /**
     * A caller's mistake in the body of a new draft is answered like a refused rule: a status of
     * 400 (unreadable) or 422 (breaks a limit) and JSON that names the field and the message.
     */
    @Test
    void aDraftWithMalformedJsonAnUnknownFieldAWrongTypeOrATooLongTitleIsRefusedNamingTheField() {
        WebClient anna = signedIn("anna");
        String call = testBedCall(anna);
        String year = String.valueOf(java.time.LocalDate.now().getYear());

        assertRefused(anna, "{\"callId\":" + call + ",\"title\":\"Halv", 400, "title", "api.malformedJson");
        assertRefused(anna, "{\"callId\":" + call + ",\"titel\":\"Stavfel\"}", 400, "titel", "api.unknownField");
        assertRefused(anna, "{\"callId\":\"abc\",\"title\":\"Fel typ\"}", 400, "callId", "api.wrongType");
        assertRefused(anna, "{\"callId\":" + call + ",\"title\":\"Fel kategori\",\"budget\":[{\"year\":" + year
                + ",\"category\":\"PERSONEL\",\"cost\":1000}]}", 400, "budget[0].category", "api.wrongType");
        HttpResponse<String> tooLong = assertRefused(anna, "{\"callId\":" + call + ",\"title\":\"" + "x".repeat(201) + "\"}",
                422, "title", "validation.tooLong");
        assertThat(tooLong.body()).contains("\"arguments\":[\"200\"]");
        assertRefused(anna, "{\"callId\":" + call + "}", 422, "title", "validation.required");
    }

    /** The requested amount is taken as the form takes it; beside a budget, which decides it, a different one is refused. */
    @Test
    void aRequestedAmountIsKeptOrRefusedButNeverDropped() {
        WebClient anna = signedIn("anna");
        String call = testBedCall(anna);

        HttpResponse<String> alone = anna.postBody("api/applications", "application/json",
                ("{\"callId\":" + call + ",\"title\":\"Med belopp\",\"requestedAmount\":150000}").getBytes(StandardCharsets.UTF_8),
                FROM_THE_APP);
        assertThat(alone.statusCode()).as(alone.body()).isEqualTo(201);
        String form = anna.get("application/edit-application.xhtml?number=" + field(alone.body(), "number")).body();
        Matcher amount = Pattern.compile("<input id=\"application:requestedAmount\"[^>]*>").matcher(form);
        assertThat(amount.find()).as("the amount field").isTrue();
        assertThat(amount.group().replaceAll("[\\s\u00A0\u202F]|&nbsp;|&#160;|&#8239;", "")).contains("value=\"150000\"");

        String withBudget = draftJson(call).replace("{\"callId\"", "{\"requestedAmount\":150000,\"callId\"");
        HttpResponse<String> refused = assertRefused(anna, withBudget, 422, "requestedAmount", "application.requestedAmountFollowsBudget");
        assertThat(refused.body()).contains("200000");
        assertThat(anna.postBody("api/applications", "application/json",
                draftJson(call).replace("{\"callId\"", "{\"requestedAmount\":200000,\"callId\"").getBytes(StandardCharsets.UTF_8),
                FROM_THE_APP).statusCode()).as("the budget's own amount").isEqualTo(201);
        assertRefused(anna, "{\"callId\":" + call + ",\"title\":\"Negativt\",\"requestedAmount\":-5}", 422,
                "requestedAmount", "validation.positiveAmount");
    }

    private static HttpResponse<String> assertRefused(WebClient client, String json, int status, String field, String message) {
        HttpResponse<String> answer = client.postBody("api/applications", "application/json",
                json.getBytes(StandardCharsets.UTF_8), FROM_THE_APP);
        assertThat(answer.statusCode()).as("%s -> %s", json, answer.body()).isEqualTo(status);
        assertThat(answer.headers().firstValue("Content-Type")).as(json).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(field(answer.body(), "field")).as(json).isEqualTo(field);
        assertThat(field(answer.body(), "message")).as(json).isEqualTo(message);
        return answer;
    }

    @Test
    void aZipBombDressedAsWordIsRefusedNamingTheFileWhileRealOfficeFilesAndOversizedOnesAreTreatedAsBefore() throws Exception {
        WebClient anna = signedIn("anna");
        String attachments = "api/applications/" + draftOverApi(anna) + "/attachments";

        HttpResponse<String> bomb = anna.postBody(attachments, DOCX, zipBombDressedAsWord(300),
                upload("projektplan.docx"));
        assertThat(bomb.statusCode()).as(bomb.body()).isEqualTo(422);
        assertThat(bomb.body()).contains("attachment.suspiciousPackage", "projektplan.docx");

        HttpResponse<String> word = anna.postBody(attachments, DOCX, docx(), upload("plan.docx"));
        HttpResponse<String> excel = anna.postBody(attachments, "application/octet-stream", xlsx(), upload("budget.xlsx"));
        assertThat(word.statusCode()).as(word.body()).isEqualTo(201);
        assertThat(word.body()).contains("wordprocessingml");
        assertThat(excel.statusCode()).as(excel.body()).isEqualTo(201);
        assertThat(excel.body()).contains("spreadsheetml");

        byte[] tooLarge = pdfOf(MAX_BYTES + 1, 0);
        HttpResponse<String> refused = anna.postBody(attachments, "application/pdf", tooLarge, upload("stor.pdf"));
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
        assertThat(refused.body()).contains("attachment.tooLarge", "\"20\"");
    }

    /** Uploads stream to disk: thirty 20 MB files at once fit in the server's 1 GB heap and all arrive intact. */
    @Test
    void thirtyUploadsOfTwentyMegabytesAtOnceAllSucceed() throws Exception {
        WebClient anna = signedIn("anna");
        String attachments = "api/applications/" + draftOverApi(anna) + "/attachments";
        int uploads = 30;
        ExecutorService threads = Executors.newFixedThreadPool(uploads);
        CountDownLatch together = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        List<String> checksums = new ArrayList<>();
        for (int i = 0; i < uploads; i++) {
            byte[] file = pdfOf(MAX_BYTES, i);
            checksums.add(sha256(file));
            String name = "bilaga-" + i + ".pdf";
            answers.add(threads.submit(() -> {
                together.await();
                return anna.postBody(attachments, "application/pdf", file, upload(name));
            }));
        }
        long started = System.nanoTime();
        together.countDown();
        for (int i = 0; i < uploads; i++) {
            HttpResponse<String> answer = answers.get(i).get(5, TimeUnit.MINUTES);
            assertThat(answer.statusCode()).as("upload %d: %s", i, answer.body()).isEqualTo(201);
            assertThat(field(answer.body(), "sha256")).as("checksum of upload %d", i).isEqualTo(checksums.get(i));
            assertThat(field(answer.body(), "size")).isEqualTo(String.valueOf(MAX_BYTES));
        }
        System.out.printf("%d uploads of %d MB in parallel took %d ms%n", uploads, MAX_BYTES / (1024 * 1024),
                (System.nanoTime() - started) / 1_000_000);
        threads.shutdown();
    }

    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    /** ANSLAG_MAX_ATTACHMENT_MB's default, as the ITs run the server. */
    private static final int MAX_BYTES = 20 * 1024 * 1024;

    private static Map<String, String> upload(String fileName) {
        return Map.of("X-Requested-By", "it", "X-File-Name", fileName, "Accept", "application/json");
    }

    /** A PDF of exactly the size, its content told apart by the number. */
    private static byte[] pdfOf(int size, int number) {
        byte[] file = new byte[size];
        new Random(number).nextBytes(file);
        byte[] header = ("%PDF-1.4\n% bilaga " + number + "\n").getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(header, 0, file, 0, header.length);
        return file;
    }

    /** [Content_Types].xml and a word/document.xml that unpacks into that many megabytes of zeros. */
    private static byte[] zipBombDressedAsWord(int unpackedMegabytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < unpackedMegabytes; i++) {
                zip.write(zeros);
            }
        }
        return out.toByteArray();
    }

    private static byte[] docx() throws IOException {
        try (var document = new XWPFDocument(); var out = new ByteArrayOutputStream()) {
            document.createParagraph().createRun().setText("Projektplan");
            document.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] xlsx() throws IOException {
        try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            workbook.createSheet("Budget").createRow(0).createCell(0).setCellValue(1250000);
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static String sha256(byte[] bytes) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private static String field(String json, String name) {
        Matcher value = Pattern.compile("\"" + name + "\":\"?([^\",}]*)").matcher(json);
        assertThat(value.find()).as(name + " in " + json).isTrue();
        return value.group(1);
    }
}
