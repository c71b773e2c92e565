package org.anslag.letter;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.text.MessageFormat;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.anslag.application.Applications;
import org.anslag.application.GrantApplication;
import org.anslag.call.FundingCall;
import org.anslag.notification.Links;
import org.anslag.notification.Mail;
import org.anslag.notification.Outbox;
import org.anslag.organisation.Organisations;
import org.anslag.organisation.UserAccount;
import org.anslag.registry.Registry;
import org.anslag.shared.Actor;
import org.anslag.shared.Money;
import org.anslag.shared.NotFound;

/**
 * Writes decision letters in the language the manager chose, keeps them as sent and mails them to
 * the coordinator's users through the outbox, so they leave only if the decision commits.
 */
@Stateless
public class Letters {

    public static final List<String> LANGUAGES = List.of("sv", "en");

    @PersistenceContext
    EntityManager em;
    @Inject
    Clock clock;
    @Inject
    Outbox outbox;
    @EJB
    Organisations organisations;
    @EJB
    Applications applications;
    @EJB
    Registry registry;

    /** The letter for an application that does not meet the call's basic requirements. */
    public Letter ineligible(GrantApplication application, List<String> reasons, String note, String language,
                             String decidedBy) {
        ResourceBundle texts = texts(language);
        FundingCall call = application.getCall();
        StringBuilder listed = new StringBuilder();
        for (String reason : reasons) {
            listed.append("- ").append(format(texts, "reason." + reason, ruleValue(call, reason))).append('\n');
        }
        if (reasons.isEmpty()) {
            listed.append("- ").append(texts.getString("noRule")).append('\n');
        }
        String comment = note == null || note.isBlank() ? "" : format(texts, "note", note.strip());
        String manager = organisations.account(decidedBy).map(UserAccount::getFullName).orElse(decidedBy);
        String body = format(texts, "INELIGIBLE.body", application.getNumber(), application.getTitle(), callTitle(call, language),
                listed.toString().stripTrailing(), comment, Links.stockholm(clock.instant()), manager);
        return write(application, LetterKind.INELIGIBLE, language, format(texts, "INELIGIBLE.title", application.getNumber()),
                body, decidedBy);
    }

    /** What a funding decision says, for its letter. */
    public record Decision(boolean granted, java.math.BigDecimal amount, String justification,
                           java.math.BigDecimal consolidatedScore, String consolidatedStatement,
                           java.time.Instant acceptBy) {
    }

    /** The letter for a granted or rejected application, quoting the consolidated statement. */
    public Letter decided(GrantApplication application, Decision decision, String language, String decidedBy) {
        ResourceBundle texts = texts(language);
        LetterKind kind = decision.granted() ? LetterKind.GRANTED : LetterKind.REJECTED;
        String manager = organisations.account(decidedBy).map(UserAccount::getFullName).orElse(decidedBy);
        java.text.NumberFormat twoDecimals = java.text.NumberFormat.getNumberInstance(texts.getLocale());
        twoDecimals.setMinimumFractionDigits(2);
        twoDecimals.setMaximumFractionDigits(2);
        String body = format(texts, kind + ".body", application.getNumber(), application.getTitle(),
                callTitle(application.getCall(), language), Money.text(decision.amount()),
                decision.justification() == null || decision.justification().isBlank() ? "-" : decision.justification().strip(),
                twoDecimals.format(decision.consolidatedScore()), decision.consolidatedStatement(),
                Links.stockholm(decision.acceptBy()), Links.stockholm(clock.instant()), manager);
        return write(application, kind, language, format(texts, kind + ".title", application.getNumber()), body, decidedBy);
    }

    public List<Letter> of(Actor actor, Long applicationId) {
        applications.view(actor, applicationId);
        return em.createQuery("select l from Letter l where l.application.id = :application order by l.writtenAt",
                Letter.class).setParameter("application", applicationId).getResultList();
    }

    /** One letter, for whoever may see its application. */
    public Letter get(Actor actor, Long letterId) {
        Letter letter = em.find(Letter.class, letterId);
        if (letter == null) {
            throw new NotFound("letter " + letterId);
        }
        applications.view(actor, letter.getApplication().getId());
        return letter;
    }

    /** Registers the letter as leaving under its case's number, which heads the letter and its mail. */
    private Letter write(GrantApplication application, LetterKind kind, String language, String title, String text,
                         String author) {
        String dnr = registry.registerOutgoing(application, kind.name(), title, author);
        String body = format(texts(language), "dnr", dnr) + "\n\n" + text;
        Letter letter = new Letter(application, kind, language, title, body, author, clock.instant());
        em.persist(letter);
        String link = Links.to("application/application.xhtml?number=" + application.getNumber());
        for (UserAccount user : organisations.applicantsOf(application.getCoordinator().getId())) {
            outbox.queue(new Mail("letter:" + letter.getId() + ":" + user.getUsername(), user.getEmail(),
                    title + " (" + format(texts(language), "dnr", dnr) + ")",
                    body + "\n\n" + link));
        }
        return letter;
    }

    private static String callTitle(FundingCall call, String language) {
        return "en".equals(language) && call.getTitleEn() != null && !call.getTitleEn().isBlank() ? call.getTitleEn()
                : call.getTitle();
    }

    /** The call's own figure a reason refers to, so the letter says what the rule was. */
    private static Object ruleValue(FundingCall call, String reason) {
        return switch (reason) {
            case "TOO_FEW_PARTNERS" -> call.getMinPartners();
            case "TOO_MANY_PARTNERS" -> call.getMaxPartners();
            case "CO_FUNDING_TOO_LOW" -> call.getMinCoFundingShare().stripTrailingZeros().toPlainString();
            case "EXCEEDS_MAX_GRANT" -> Money.text(call.getMaxGrant());
            default -> "";
        };
    }

    private static ResourceBundle texts(String language) {
        return ResourceBundle.getBundle("org.anslag.letter.letter", Locale.forLanguageTag(LANGUAGES.contains(language) ? language : "sv"));
    }

    private static String format(ResourceBundle texts, String key, Object... arguments) {
        return new MessageFormat(texts.getString(key), texts.getLocale()).format(arguments);
    }
}
