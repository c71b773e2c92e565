package org.anslag.submission;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import org.anslag.application.ApplicationPartner;
import org.anslag.application.ApplicationSubmitted;
import org.anslag.application.Applications;
import org.anslag.application.GrantApplication;
import org.anslag.attachment.AttachmentStore;
import org.anslag.attachment.Attachments;
import org.anslag.budget.Budget;
import org.anslag.budget.Budgets;
import org.anslag.form.Answers;
import org.anslag.form.ApplicationForms;
import org.anslag.form.FormQuestion;
import org.anslag.notification.Links;
import org.anslag.notification.Mail;
import org.anslag.notification.MailTexts;
import org.anslag.notification.Outbox;
import org.anslag.organisation.Organisations;
import org.anslag.organisation.UserAccount;
import org.anslag.registry.Registry;
import org.anslag.shared.Actor;

/**
 * Freezes an application at submission: its text (details, partners, answers, budget and the
 * attachments' checksums) and that text's SHA-256 are stored in the submitting transaction, and
 * the receipt carrying the checksum is queued to the coordinating municipality's users.
 */
@Stateless
public class Submissions {

    private static final Locale SWEDISH = Locale.forLanguageTag("sv");

    @PersistenceContext
    EntityManager em;
    @Inject
    Clock clock;
    @Inject
    Outbox outbox;
    @EJB
    Applications applications;
    @EJB
    Budgets budgets;
    @EJB
    ApplicationForms forms;
    @EJB
    Answers answers;
    @EJB
    Attachments attachments;
    @EJB
    Organisations organisations;
    @EJB
    Registry registry;

    public void freeze(@Observes ApplicationSubmitted submitted) {
        GrantApplication application = applications.byNumber(submitted.number());
        String dnr = registry.registerIncoming(application, submitted.submittedBy());
        String text = document(application, submitted.submittedBy()).text();
        String checksum = AttachmentStore.sha256(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        em.persist(new SubmittedVersion(application.getId(), text, checksum, clock.instant()));
        String link = Links.to("application/application.xhtml?number=" + application.getNumber());
        for (UserAccount user : organisations.applicantsOf(application.getCoordinator().getId())) {
            outbox.queue(new Mail("receipt:" + application.getNumber() + ":" + user.getUsername(), user.getEmail(),
                    MailTexts.subject("receipt", application.getNumber(), dnr),
                    MailTexts.body("receipt", application.getNumber(), user.getFullName(), application.getTitle(),
                            application.getCall().getTitle(), Links.stockholm(application.getSubmittedAt()), checksum, link,
                            dnr)));
        }
    }

    /** The frozen version, for whoever may see the application; empty for a draft. */
    public Optional<SubmittedVersion> of(Actor actor, Long applicationId) {
        applications.view(actor, applicationId);
        return em.createQuery("select v from SubmittedVersion v where v.applicationId = :application", SubmittedVersion.class)
                .setParameter("application", applicationId).getResultList().stream().findFirst();
    }

    SubmittedDocument document(GrantApplication application, String submittedBy) {
        SubmittedDocument document = new SubmittedDocument()
                .section("Ansökan " + application.getNumber())
                .line("Diarienummer", application.getDnr())
                .line("Projektnamn", application.getTitle())
                .line("Utlysning", application.getCall().getTitle())
                .line("Sökande", application.getCoordinator().getLabel())
                .line("Inskickad", Links.stockholm(application.getSubmittedAt()))
                .line("Inskickad av", submittedBy)
                .line("Sökt belopp", SubmittedDocument.money(application.getRequestedAmount()))
                .section("Sammanfattning")
                .line("Sammanfattning", application.getSummary())
                .section("Partnerkommuner");
        ResourceBundle labels = SubmissionPdf.texts(SWEDISH);
        for (ApplicationPartner partner : application.getPartners()) {
            document.line(partner.getOrganisation().getLabel(), labels.getString("confirmation." + partner.getConfirmation())
                    + (partner.getAnsweredBy() == null ? "" : " (" + partner.getAnsweredBy() + ")"));
        }
        Map<Long, String> answered = answers.ofApplication(application.getId());
        document.section("Frågor");
        for (FormQuestion question : forms.questions(application.getCall().getId())) {
            document.line(question.submittedLabel(), answer(question, answered.get(question.getId())));
        }
        Budget budget = budgets.ofApplication(application.getId());
        document.section("Budget");
        budget.entries().forEach(entry -> document.line(organisations.get(entry.organisationId()).getName() + " "
                + entry.year() + " " + labels.getString("costCategory." + entry.category()),
                SubmittedDocument.money(entry.cost()) + ", medfinansiering " + SubmittedDocument.money(entry.coFunding())));
        document.line("Total kostnad", SubmittedDocument.money(budget.totalCost()))
                .line("Egen medfinansiering", SubmittedDocument.money(budget.totalCoFunding()) + " (" + budget.coFundingShare() + " %)")
                .line("Sökt bidrag", SubmittedDocument.money(budget.grantRequested()))
                .section("Bilagor");
        attachments.ofApplication(application.getId()).forEach(file ->
                document.line(file.getFileName(), file.getSize() + " byte, SHA-256 " + file.getSha256()));
        return document;
    }

    private static String answer(FormQuestion question, String value) {
        if (value == null || !question.getKind().hasOptions()) {
            return value;
        }
        var labels = question.optionLabels(SWEDISH);
        return java.util.Arrays.stream(value.split(",")).map(Integer::parseInt).map(labels::get)
                .collect(java.util.stream.Collectors.joining(", "));
    }
}
