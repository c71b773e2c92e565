package org.anslag.it.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.anslag.it.support.Scenarios;
import org.anslag.shared.Actor;
import org.anslag.workflow.GrantApplicationProcess;
import org.anslag.workflow.TaskInbox;
import org.anslag.workflow.TaskInbox.Entry;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * "Att göra" read a page at a time from the engine: a manager's pages add up to the whole list,
 * newest first, without gaps or repeats; an evaluator gets the review assigned to them and not
 * another's; an applicant gets their own organisation's agreement to accept, a partner
 * municipality does not.
 */
@ExtendWith(ArquillianExtension.class)
public class TaskInboxIT {

    // made inside the server: the test instance is also built, unused, on the client
    private Scenarios given;
    private TaskInbox inbox;

    @BeforeEach
    void services() {
        given = new Scenarios();
        inbox = Scenarios.ejb(TaskInbox.class);
    }

    @Test
    public void aManagersPagesAddUpToTheWholeListNewestFirst() {
        var call = given.openCall("5000000", "lars");
        List<String> submitted = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            submitted.add(given.applications.submit(given.anna, given.completeDraft(call, "100000").getId()).getNumber());
        }

        TaskInbox.Page whole = inbox.page(owner(given.maria), 0, 100_000);
        List<Entry> paged = new ArrayList<>();
        for (int first = 0; first < whole.total(); first += 7) {
            TaskInbox.Page page = inbox.page(owner(given.maria), first, 7);
            assertEquals(whole.total(), page.total(), "every page counts the same list");
            paged.addAll(page.entries());
        }

        assertEquals(whole.entries(), paged, "seven at a time gives the same list as all at once");
        assertEquals(whole.total(), new HashSet<>(paged).size(), "no task twice");
        for (int i = 1; i < paged.size(); i++) {
            assertFalse(paged.get(i).created().isAfter(paged.get(i - 1).created()), "newest first at " + i);
        }
        List<String> firstPage = inbox.page(owner(given.maria), 0, 10).entries().stream()
                .filter(entry -> GrantApplicationProcess.CHECK_ELIGIBILITY.equals(entry.taskKey()))
                .map(Entry::applicationNumber).toList();
        assertTrue(firstPage.containsAll(submitted), "the three new applications to check are on the first page: " + firstPage);
    }

    @Test
    public void anEvaluatorGetsTheReviewAssignedToThemAndNotAnothers() {
        var call = given.openCall("5000000", "lars", "nils");
        String number = given.inReview(given.completeDraft(call, "100000"), "lars");

        assertTrue(reviewsOf("lars").contains(number), "lars scores " + number);
        assertFalse(reviewsOf("nils").contains(number), "nils was not assigned " + number);
    }

    @Test
    public void anApplicantGetsTheirOrganisationsAgreementAndAPartnerDoesNot() {
        var call = given.openCall("5000000", "lars");
        var draft = given.completeDraft(call, "100000");
        String number = given.readyForDecision(draft, "lars");
        given.awards.decide(given.maria, number, true, new BigDecimal("100000"), "Beviljas.", "sv");

        assertTrue(tasksOf(given.anna).contains(GrantApplicationProcess.ACCEPT_AGREEMENT + " " + number),
                "Sundsvall, the coordinator, accepts the agreement");
        assertFalse(tasksOf(given.tomas).stream().anyMatch(task -> task.endsWith(" " + number)),
                "Timrå, a partner, has nothing to do in " + number);
        given.awards.acceptAgreement(given.anna, number);
        assertFalse(tasksOf(given.anna).contains(GrantApplicationProcess.ACCEPT_AGREEMENT + " " + number),
                "an accepted agreement leaves the list");
    }

    private List<String> reviewsOf(String evaluator) {
        return inbox.page(owner(Scenarios.evaluator(evaluator)), 0, 100_000).entries().stream()
                .filter(entry -> GrantApplicationProcess.REVIEW_APPLICATION.equals(entry.taskKey()))
                .map(Entry::applicationNumber).toList();
    }

    private List<String> tasksOf(Actor applicant) {
        return inbox.page(owner(applicant), 0, 100_000).entries().stream()
                .map(entry -> entry.taskKey() + " " + entry.applicationNumber()).toList();
    }

    private TaskInbox.Owner owner(Actor actor) {
        return TaskInbox.Owner.of(actor, actor.organisationId() == null ? List.of()
                : given.applications.numbersCoordinatedBy(actor));
    }
}
