package org.anslag.it.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.anslag.application.GrantApplication;
import org.anslag.audit.AuditLog;
import org.anslag.call.FundingCall;
import org.anslag.form.Answers;
import org.anslag.form.ApplicationForms;
import org.anslag.form.FormQuestion;
import org.anslag.form.QuestionDraft;
import org.anslag.form.QuestionKind;
import org.anslag.it.support.Scenarios;
import org.anslag.letter.Letter;
import org.anslag.letter.Letters;
import org.anslag.publicaccess.PublicAccessCopies;
import org.anslag.registry.RegisteredDocument;
import org.anslag.registry.Registry;
import org.anslag.shared.AccessDenied;
import org.anslag.shared.NotFound;
import org.anslag.submission.Submissions;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs inside the server: the registrar's diary numbers each case once, when its application
 * arrives, in the order applications arrive (also when they arrive at the same moment), registers
 * the decision that leaves under the same number (which the receipt, the letter and its mail
 * carry), and hands out a case's public copy with personal identity numbers masked.
 */
@ExtendWith(ArquillianExtension.class)
public class RegistryIT {

    private static final String DNR = "\\d{4}-\\d{5}";

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService executor;
    @Resource(lookup = "java:jboss/datasources/AnslagDS")
    DataSource database;

    private Scenarios given;
    private Registry registry;

    @BeforeEach
    void services() {
        given = new Scenarios();
        registry = Scenarios.ejb(Registry.class);
    }

    @Test
    public void applicationsArrivingTogetherGetConsecutiveNumbersAndADoubleClickRegistersOnce() throws Exception {
        FundingCall call = given.openCall("5000000", "erik");
        GrantApplication one = given.completeDraft(call, "400000");
        GrantApplication other = given.completeDraft(call, "500000");

        together(() -> given.applications.submit(given.anna, one.getId()),
                () -> given.applications.submit(given.anna, one.getId()),
                () -> given.applications.submit(given.anna, other.getId()));

        String first = given.applications.byNumber(one.getNumber()).getDnr();
        String second = given.applications.byNumber(other.getNumber()).getDnr();
        assertTrue(first != null && first.matches(DNR), "dnr " + first);
        assertTrue(second != null && second.matches(DNR), "dnr " + second);
        assertEquals(1, Math.abs(sequence(first) - sequence(second)), "no gap between " + first + " and " + second);
        assertEquals(List.of("INCOMING APPLICATION " + first), describe(registry.ofCase(given.anna, one.getId())),
                "the double-clicked submission, registered once");
        List<String> receipts = receiptSubjects(one.getNumber());
        assertFalse(receipts.isEmpty(), "a receipt is queued");
        assertTrue(receipts.stream().allMatch(subject -> subject.contains(first)), "the receipt names " + first + ": " + receipts);
    }

    @Test
    public void theDecisionLeavesUnderTheCaseNumberAndTheDiaryFindsTheCase() {
        GrantApplication draft = given.completeDraft(given.openCall("5000000", "erik"), "600000");
        String number = given.readyForDecision(draft, "erik");
        String dnr = given.applications.byNumber(number).getDnr();

        given.awards.decide(given.maria, number, true, draft.getRequestedAmount(), "Beviljas.", "sv");

        Letter letter = Scenarios.ejb(Letters.class).of(given.anna, draft.getId()).get(0);
        assertTrue(letter.getBody().startsWith("Diarienummer " + dnr), letter.getBody());
        List<RegisteredDocument> lines = registry.page(given.maria, dnr, 0, 10).lines();
        assertEquals(List.of("OUTGOING GRANTED " + dnr, "INCOMING APPLICATION " + dnr), describe(lines),
                "the diary searched by dnr, newest first");
        assertTrue(lines.stream().allMatch(line -> line.getCounterpart().equals("Sundsvalls kommun")
                && line.getApplicationNumber().equals(number)), "case and counterpart");
        assertEquals(2, registry.page(given.maria, number.toLowerCase(), 0, 10).total(), "found by application number");
        assertThrows(AccessDenied.class, () -> registry.page(given.anna, dnr, 0, 10), "an applicant does not read the diary");
    }

    @Test
    public void thePublicAccessCopyMasksPersonalIdentityNumbersAndIsAudited() throws Exception {
        GrantApplication draft = given.completeDraft(given.openCall("5000000", "erik"), "300000");
        given.applications.saveDraft(given.anna, draft.getId(), given.applications.byNumber(draft.getNumber()).getVersion(),
                draft.getTitle(), "Kontaktperson med personnummer 19811218-9876; kommunens organisationsnummer 212000-2411.",
                draft.getRequestedAmount());
        given.applications.submit(given.anna, draft.getId());
        String dnr = given.applications.byNumber(draft.getNumber()).getDnr();
        PublicAccessCopies copies = Scenarios.ejb(PublicAccessCopies.class);

        String copy = text(copies.of(given.maria, dnr));

        for (String expected : List.of("diarienummer " + dnr, draft.getNumber(), "Inkommen", "XXXXXX-XXXX", "212000-2411")) {
            assertTrue(copy.contains(expected), "the copy holds " + expected + ": " + copy);
        }
        assertFalse(copy.contains("811218-9876"), "the personnummer is masked: " + copy);
        assertTrue(Scenarios.ejb(AuditLog.class).about("application:" + draft.getNumber()).stream()
                .anyMatch(entry -> entry.getAction().equals("PUBLIC_ACCESS_COPY") && entry.getDetails().contains(dnr)),
                "the copy is audited");
        assertThrows(AccessDenied.class, () -> copies.of(given.anna, dnr), "only a manager hands out copies");
        assertThrows(NotFound.class, () -> copies.of(given.maria, "1999-99999"), "a number the diary never gave");
    }

    @Test
    public void theAnswerToAQuestionMarkedConfidentialIsMaskedInTheCopyAndTheOthersAreNot() throws Exception {
        FundingCall call = given.draftCall("5000000", "erik");
        ApplicationForms forms = Scenarios.ejb(ApplicationForms.class);
        FormQuestion price = forms.add(given.maria, call.getId(), new QuestionDraft("Ekonomi", null, "Leverantörens pris",
                null, QuestionKind.TEXT, false, 2000, List.of(), true));
        FormQuestion need = forms.add(given.maria, call.getId(), new QuestionDraft("Ekonomi", null, "Behovet", null,
                QuestionKind.TEXT, false, 2000, List.of()));
        given.calls.publish(given.maria, call.getId());
        GrantApplication draft = given.completeDraft(call, "300000");
        Scenarios.ejb(Answers.class).save(given.anna, draft.getId(), Map.of(
                price.getId(), "Timpris 950 kronor enligt avtal\nRabatt sjutton procent",
                need.getId(), "Hemtjanstens nattbesok"));
        given.applications.submit(given.anna, draft.getId());
        String dnr = given.applications.byNumber(draft.getNumber()).getDnr();

        String copy = text(Scenarios.ejb(PublicAccessCopies.class).of(given.maria, dnr));

        assertTrue(copy.contains("Hemtjanstens nattbesok"), "an answer not marked is handed out: " + copy);
        assertTrue(copy.contains("Leverantörens pris [Sekretess enligt 30 kap. 23 § OSL: svaret är maskerat]"),
                "the marked answer is replaced: " + copy);
        assertFalse(copy.contains("950") || copy.contains("sjutton"), "nothing of the marked answer, on either line: " + copy);
        assertTrue(Scenarios.ejb(Submissions.class).of(given.maria, draft.getId()).orElseThrow().getContent()
                .contains("Rabatt sjutton procent"), "the submitted version itself keeps the answer");
    }

    private static List<String> describe(List<RegisteredDocument> lines) {
        return lines.stream().map(line -> line.getDirection() + " " + line.getKind() + " " + line.getDnr()).toList();
    }

    private static String text(byte[] pdf) throws java.io.IOException {
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    private static int sequence(String dnr) {
        return Integer.parseInt(dnr.substring(dnr.indexOf('-') + 1));
    }

    private List<String> receiptSubjects(String number) throws Exception {
        List<String> subjects = new ArrayList<>();
        try (Connection connection = database.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "select subject from outbox_message where dedupe_key like ?")) {
            statement.setString(1, "receipt:" + number + ":%");
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    subjects.add(result.getString(1));
                }
            }
        }
        return subjects;
    }

    /** Starts the tasks at the same moment and waits for all; the losing click of a double click may be refused. */
    private void together(Callable<?>... tasks) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Object>> futures = new ArrayList<>();
        for (Callable<?> task : tasks) {
            futures.add(executor.submit(() -> {
                start.await();
                return task.call();
            }));
        }
        start.countDown();
        for (Future<Object> future : futures) {
            try {
                future.get(60, TimeUnit.SECONDS);
            } catch (ExecutionException refused) {
                // what was registered is checked by the caller
            }
        }
    }
}
