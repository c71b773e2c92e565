package org.anslag.organisation;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.anslag.audit.AuditLog;
import org.anslag.notification.Links;
import org.anslag.notification.Mail;
import org.anslag.notification.MailTexts;
import org.anslag.notification.Outbox;
import org.anslag.shared.Actor;
import org.anslag.shared.NotFound;
import org.anslag.shared.Role;
import org.anslag.shared.RuleViolation;

/** Administrators invite people by e-mail; the invitee chooses a user name and password through the link. */
@Stateless
public class Invitations {

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;
    @Inject
    Clock clock;
    @Inject
    AuditLog audit;
    @Inject
    Outbox outbox;
    @EJB
    Organisations organisations;
    @EJB
    AccessAttempts attempts;

    /**
     * Whom the administrator invites: applicants need their organisation; evaluators bring their
     * employer and other affiliations, which keep them away from those organisations' applications.
     */
    public record Invitee(String fullName, String email, Role role, Long organisationId, Set<Long> affiliationIds) {
    }

    /** What the invitee types to take up the invitation, and from which client address. */
    public record Acceptance(String token, String username, char[] password, String address) {
    }

    public Invitation invite(Actor actor, Invitee invitee) {
        actor.require(Role.ADMIN);
        if (invitee.fullName() == null || invitee.fullName().isBlank()) {
            throw new RuleViolation("fullName", "validation.required");
        }
        String email = Credentials.email(invitee.email());
        if (invitee.role() == null) {
            throw new RuleViolation("role", "invitation.chooseRole");
        }
        Organisation organisation = invitee.organisationId() == null ? null : organisations.get(invitee.organisationId());
        if (invitee.role() == Role.APPLICANT && organisation == null) {
            throw new RuleViolation("organisation", "invitation.applicantNeedsOrganisation");
        }
        Credentials.requireEmailUnknown(em, email);
        Instant now = clock.instant();
        boolean alreadyInvited = em.createQuery("""
                select count(i) from Invitation i where lower(i.email) = :email
                and i.acceptedAt is null and i.revokedAt is null and i.expiresAt > :now""", Long.class)
                .setParameter("email", email.toLowerCase(Locale.ROOT)).setParameter("now", now).getSingleResult() > 0;
        if (alreadyInvited) {
            throw new RuleViolation("email", "invitation.alreadyInvited");
        }
        String token = newToken();
        Invitation invitation = new Invitation(hash(token), invitee.fullName().strip(), email, invitee.role(),
                organisation, organisations.all(invitee.affiliationIds()), actor.username(), now);
        em.persist(invitation);
        em.flush();
        audit.record(actor.username(), "INVITE_USER", "invitation:" + invitation.getId(), email + " " + invitee.role());
        send(invitation, token, actor);
        return invitation;
    }

    /** Invitations not yet taken up or revoked, expired ones included so they can be sent again. */
    public List<Invitation> open(Actor actor) {
        actor.require(Role.ADMIN);
        return em.createQuery("""
                select i from Invitation i left join fetch i.organisation
                where i.acceptedAt is null and i.revokedAt is null order by i.invitedAt desc""", Invitation.class)
                .getResultList();
    }

    /** A fresh link and a new expiry date; the earlier link stops working. */
    public Invitation sendAgain(Actor actor, Long id) {
        actor.require(Role.ADMIN);
        Invitation invitation = locked(id);
        String token = newToken();
        invitation.renew(hash(token), clock.instant());
        audit.record(actor.username(), "REINVITE_USER", "invitation:" + id, invitation.getEmail());
        send(invitation, token, actor);
        return invitation;
    }

    public Invitation revoke(Actor actor, Long id) {
        actor.require(Role.ADMIN);
        Invitation invitation = locked(id);
        invitation.revoke(clock.instant());
        audit.record(actor.username(), "REVOKE_INVITATION", "invitation:" + id, invitation.getEmail());
        return invitation;
    }

    /** The invitation a link leads to, whatever its state, for the page to explain. */
    public Optional<Invitation> byToken(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return em.createQuery("select i from Invitation i left join fetch i.organisation where i.tokenHash = :hash",
                Invitation.class).setParameter("hash", hash(token)).getResultList().stream().findFirst();
    }

    /**
     * Creates the invitee's account. The invitation row is locked, so a double click or two tabs
     * create one account; the second sees "already accepted".
     */
    public UserAccount accept(Acceptance typed) {
        attempts.requireAllowed(Throttling.Action.INVITATION, typed.address());
        try {
            return acceptOnce(typed);
        } catch (RuleViolation refused) {
            attempts.record(Throttling.Action.INVITATION, SignIns.account(typed.username()), typed.address(), true);
            throw refused;
        }
    }

    private UserAccount acceptOnce(Acceptance typed) {
        Invitation found = byToken(typed.token())
                .orElseThrow(() -> new RuleViolation("invitation", "invitation.unknown"));
        Invitation invitation = em.find(Invitation.class, found.getId(), LockModeType.PESSIMISTIC_WRITE);
        em.refresh(invitation);
        Instant now = clock.instant();
        invitation.requireOpen(now);
        String username = Credentials.username(typed.username());
        String passwordHash = Credentials.passwordHash(typed.password());
        Credentials.requireUnknown(em, username, invitation.getEmail());
        UserAccount account = invitation.accept(username, passwordHash, now);
        em.persist(account);
        audit.record(username, "ACCEPT_INVITATION", "invitation:" + invitation.getId(), String.valueOf(invitation.getRole()));
        return account;
    }

    private void send(Invitation invitation, String token, Actor actor) {
        String inviter = organisations.account(actor.username()).map(UserAccount::getFullName).orElse(actor.username());
        String organisation = invitation.getOrganisation() == null ? "" : " (" + invitation.getOrganisation().getName() + ")";
        outbox.queue(new Mail("user-invitation:" + invitation.getId() + ":" + invitation.getInvitedAt().toEpochMilli(),
                invitation.getEmail(), MailTexts.subject("userInvitation"),
                MailTexts.body("userInvitation", invitation.getFullName(), inviter,
                        new MailTexts.Term("role." + invitation.getRole()), organisation,
                        Links.stockholm(invitation.getExpiresAt()), Links.to("accept-invitation.xhtml?token=" + token))));
    }

    private Invitation locked(Long id) {
        Invitation invitation = em.find(Invitation.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (invitation == null) {
            throw new NotFound("invitation " + id);
        }
        return invitation;
    }

    static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}
