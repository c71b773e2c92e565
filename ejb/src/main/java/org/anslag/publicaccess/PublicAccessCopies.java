package org.anslag.publicaccess;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.anslag.application.GrantApplication;
import org.anslag.audit.AuditLog;
import org.anslag.form.ApplicationForms;
import org.anslag.form.FormQuestion;
import org.anslag.letter.Letter;
import org.anslag.letter.Letters;
import org.anslag.notification.Links;
import org.anslag.registry.Direction;
import org.anslag.registry.RegisteredDocument;
import org.anslag.registry.Registry;
import org.anslag.shared.Actor;
import org.anslag.shared.IdentityNumbers;
import org.anslag.shared.NotFound;
import org.anslag.shared.Role;
import org.anslag.shared.infrastructure.Letterhead;
import org.anslag.shared.infrastructure.Xhtml;
import org.anslag.submission.SubmissionPdf;
import org.anslag.submission.Submissions;

/**
 * A case's public documents as a manager hands them out on a public-access request
 * (utlämnande av allmän handling): the diary lines, the application as submitted and the
 * decisions sent, with every personal identity number and the answers to questions marked as
 * possibly confidential masked. Each copy is audited.
 */
@Stateless
public class PublicAccessCopies {

    private static final Locale SWEDISH = Locale.forLanguageTag("sv");

    @PersistenceContext
    EntityManager em;
    @EJB
    AuditLog audit;
    @EJB
    Registry registry;
    @EJB
    Submissions submissions;
    @EJB
    Letters letters;
    @EJB
    ApplicationForms forms;

    /** The copy of the case with this registration number, as PDF. */
    public byte[] of(Actor actor, String dnr) {
        actor.require(Role.PROGRAMME_MANAGER);
        GrantApplication application = em.createQuery("select a from GrantApplication a where a.dnr = :dnr",
                GrantApplication.class).setParameter("dnr", dnr).getResultList().stream().findFirst()
                .orElseThrow(() -> new NotFound("case " + dnr));
        String title = "Utlämnande av allmänna handlingar, diarienummer " + dnr;
        StringBuilder body = new StringBuilder("<h1>").append(Xhtml.escape(title)).append("</h1>\n<p>")
                .append(Xhtml.escape("Ärende: ansökan " + application.getNumber() + " \"" + application.getTitle() + "\" från "
                        + application.getCoordinator().getName() + ". Personnummer är maskerade (" + IdentityNumbers.MASK
                        + "), liksom svar på frågor som kan omfattas av sekretess."))
                .append("</p>\n<h2>Diarieförda handlingar</h2>\n<table>\n");
        for (RegisteredDocument line : registry.linesOf(application.getId())) {
            body.append("<tr><th scope=\"row\">").append(Xhtml.escape(Links.stockholm(line.getRegisteredAt()))).append("</th><td>")
                    .append(Xhtml.escape((line.getDirection() == Direction.INCOMING ? "Inkommen: " : "Utgående: ") + line.getTitle()))
                    .append("</td></tr>\n");
        }
        body.append("</table>\n");
        List<FormQuestion> questions = forms.questions(application.getCall().getId());
        Set<String> labels = questions.stream().map(FormQuestion::submittedLabel).collect(Collectors.toSet());
        Set<String> confidential = questions.stream().filter(FormQuestion::isConfidential).map(FormQuestion::submittedLabel)
                .collect(Collectors.toSet());
        submissions.of(actor, application.getId()).ifPresent(version -> body.append("<h2>Ansökan som den skickades in</h2>\n")
                .append(SubmissionPdf.sections(IdentityNumbers.maskPersonalIdentityNumbers(
                        ConfidentialAnswers.mask(version.getContent(), labels, confidential))))
                .append("</table>\n"));
        for (Letter letter : letters.of(actor, application.getId())) {
            body.append("<h2>").append(Xhtml.escape(letter.getTitle())).append("</h2>\n")
                    .append(Xhtml.blocks(IdentityNumbers.maskPersonalIdentityNumbers(letter.getBody())).replace("h1>", "h3>"));
        }
        audit.record(actor.username(), "PUBLIC_ACCESS_COPY", "application:" + application.getNumber(), "dnr " + dnr);
        return Letterhead.pdf(SWEDISH, "Allmän handling", title, body.toString());
    }
}
