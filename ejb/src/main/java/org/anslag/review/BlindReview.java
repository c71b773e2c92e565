package org.anslag.review;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.util.Locale;
import org.anslag.application.Applications;
import org.anslag.application.GrantApplication;
import org.anslag.attachment.Attachment;
import org.anslag.attachment.Attachments;
import org.anslag.shared.AccessDenied;
import org.anslag.shared.Actor;
import org.anslag.shared.Role;
import org.anslag.submission.SubmissionPdf;
import org.anslag.submission.SubmittedVersion;

/**
 * Blind review (issue 17): in a call that asks for it, an evaluator sees no applicant's identity.
 * The one place that decides who is masked and what the masks say; every page, the attachment
 * downloads and the submitted PDF ask here. Managers, finance and the applicants see everything;
 * the conflict-of-interest declaration deliberately shows who applies with whom (it does not ask).
 * Free text (title, summary, answers) is shown as written: the call tells applicants not to name
 * themselves in it.
 */
@Stateless
public class BlindReview {

    @EJB
    Applications applications;
    @EJB
    Attachments attachments;

    /** Whether this user reads the application with its applicants masked. */
    public boolean hidesApplicants(Actor actor, GrantApplication application) {
        return application.getCall().isBlindReview()
                && actor.has(Role.EVALUATOR)
                && !actor.has(Role.PROGRAMME_MANAGER) && !actor.has(Role.FINANCE)
                && !(actor.has(Role.APPLICANT) && application.involves(actor.organisationId()));
    }

    /** The masks of this application's parties, for a reader who must not see them; null when they may. */
    public BlindMasks masksFor(Actor actor, GrantApplication application, Locale reader) {
        if (!hidesApplicants(actor, application)) {
            return null;
        }
        return new BlindMasks(application, attachments.ofApplication(application.getId()), reader);
    }

    /** The attachment's name as this user may see it: its own, or "Bilaga 2.pdf" in a blind review. */
    public String attachmentName(Actor actor, Attachment attachment, Locale reader) {
        GrantApplication application = applications.view(actor, attachment.getApplicationId());
        BlindMasks masks = masksFor(actor, application, reader);
        return masks == null ? attachment.getFileName() : masks.fileName(attachment);
    }

    /** The submitted version as PDF, its parties masked for a reader of a blind review. */
    public byte[] submittedPdf(Actor actor, GrantApplication application, SubmittedVersion version, Locale reader) {
        BlindMasks masks = masksFor(actor, application, reader);
        return masks == null ? SubmissionPdf.render(version, application.getNumber(), reader)
                : SubmissionPdf.renderMasked(version, masks.frozenText(version.getContent()), application.getNumber(), reader);
    }

    /** Letters are addressed to the applicant by name: a blind reviewer gets none. */
    public void requireNamesVisible(Actor actor, GrantApplication application) {
        if (hidesApplicants(actor, application)) {
            throw new AccessDenied(actor.username() + " reviews " + application.getNumber() + " blind");
        }
    }
}
