package org.anslag.change;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.anslag.application.GrantApplication;
import org.anslag.notification.Links;
import org.anslag.notification.Mail;
import org.anslag.notification.MailTexts;
import org.anslag.notification.Outbox;
import org.anslag.organisation.Organisation;
import org.anslag.organisation.Organisations;
import org.anslag.organisation.UserAccount;

/** Tells the coordinator how a change request ended, and a new partner that it is asked to join. */
@ApplicationScoped
public class ChangeMail {

    @Inject
    Outbox outbox;
    @EJB
    Organisations organisations;

    void closed(GrantApplication application, ChangeRequest request) {
        String link = Links.to("application/application.xhtml?number=" + application.getNumber());
        String reason = request.getReason() == null ? "" : "\n\n\u00BB" + request.getReason() + "\u00AB";
        for (UserAccount user : organisations.applicantsOf(application.getCoordinator().getId())) {
            outbox.queue(new Mail("change:" + request.getId() + ":" + request.getStatus() + ":" + user.getUsername(),
                    user.getEmail(),
                    MailTexts.subject("change." + request.getStatus(), application.getNumber()),
                    MailTexts.body("change." + request.getStatus(), application.getNumber(), user.getFullName(),
                            new MailTexts.Term("change.kind." + request.getKind()), reason, link)));
        }
    }

    void partnerAsked(GrantApplication application, ChangeRequest request, Organisation partner) {
        String link = Links.to("change/confirm-change-partner.xhtml?request=" + request.getId());
        for (UserAccount user : organisations.applicantsOf(partner.getId())) {
            outbox.queue(new Mail("change-partner:" + request.getId() + ":" + user.getUsername(), user.getEmail(),
                    MailTexts.subject("change.partnerAsked", application.getCoordinator().getName(), application.getNumber()),
                    MailTexts.body("change.partnerAsked", application.getCoordinator().getName(), application.getNumber(),
                            user.getFullName(), application.getTitle(), link)));
        }
    }
}
