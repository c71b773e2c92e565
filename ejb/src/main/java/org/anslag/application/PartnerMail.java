package org.anslag.application;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.anslag.notification.Links;
import org.anslag.notification.Mail;
import org.anslag.notification.MailTexts;
import org.anslag.notification.Outbox;
import org.anslag.organisation.Organisations;
import org.anslag.organisation.UserAccount;

/** Tells a partner municipality it is asked, and the coordinator how the partner answered. */
@ApplicationScoped
public class PartnerMail {

    @Inject
    Outbox outbox;
    @EJB
    Applications applications;
    @EJB
    Organisations organisations;

    void invited(@Observes PartnerInvited invited) {
        GrantApplication application = applications.byNumber(invited.number());
        ApplicationPartner partner = application.getPartners().stream()
                .filter(p -> p.getOrganisation().getId().equals(invited.partnerOrganisationId())).findFirst().orElseThrow();
        String link = Links.to("application/confirm-partnership.xhtml?number=" + application.getNumber());
        for (UserAccount user : organisations.applicantsOf(invited.partnerOrganisationId())) {
            // the answer deadline tells one invitation from a later one after the partner was removed and added again
            outbox.queue(new Mail("invitation:" + application.getNumber() + ":" + user.getUsername() + ":" + partner.getRespondBy(),
                    user.getEmail(),
                    MailTexts.subject("invitation", application.getCoordinator().getName(), application.getNumber()),
                    MailTexts.body("invitation", application.getCoordinator().getName(), application.getNumber(),
                            user.getFullName(), application.getTitle(), application.getCall().getTitle(),
                            Links.stockholm(partner.getRespondBy()), link)));
        }
    }

    void answered(@Observes PartnerAnswered answered) {
        GrantApplication application = applications.byNumber(answered.number());
        String partner = organisations.get(answered.partnerOrganisationId()).getName();
        String key = answered.confirmed() ? "confirmed" : "declined";
        String comment = answered.comment() == null ? "" : "\n\n\u00BB" + answered.comment() + "\u00AB";
        String link = Links.to("application/edit-application.xhtml?number=" + application.getNumber());
        Object answeredAt = application.getPartners().stream()
                .filter(p -> p.getOrganisation().getId().equals(answered.partnerOrganisationId()))
                .map(ApplicationPartner::getAnsweredAt).findFirst().orElse(null);
        for (UserAccount user : organisations.applicantsOf(application.getCoordinator().getId())) {
            outbox.queue(new Mail(key + ":" + application.getNumber() + ":" + answered.partnerOrganisationId() + ":"
                    + answeredAt + ":" + user.getUsername(), user.getEmail(),
                    MailTexts.subject(key, partner, application.getNumber()),
                    MailTexts.body(key, partner, application.getNumber(), user.getFullName(), comment, link)));
        }
    }
}
