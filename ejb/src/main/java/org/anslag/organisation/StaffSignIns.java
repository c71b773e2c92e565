package org.anslag.organisation;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.anslag.audit.AuditLog;
import org.anslag.shared.Role;

/**
 * Staff who sign in through the agency's identity provider (OpenID Connect). The provider is the
 * authority on staff: its roles replace the account's at every sign-in. A verified e-mail address
 * that one staff account has links to that account at the first sign-in, by the provider's
 * issuer and subject, which find it from then on even if the address changes; an unknown address
 * gets a new agency account (no organisation, no usable password). Applicants' accounts are never
 * taken over this way, nor an account linked to another provider user.
 */
@Stateless
public class StaffSignIns {

    /** Why a provider's user was not let in; each has a message {@code sso.refused.<name>}. */
    public enum Refusal {
        NO_ROLE, UNVERIFIED_EMAIL, AMBIGUOUS_EMAIL, INACTIVE, APPLICANT_ACCOUNT, NAME_TAKEN, LINKED_TO_ANOTHER
    }

    /** Signed in as {@code username} with {@code groups}, or refused for {@code refusal}. */
    public record Outcome(String username, Set<String> groups, Refusal refusal) {

        static Outcome refused(Refusal why) {
            return new Outcome(null, null, why);
        }

        public boolean signedIn() {
            return refusal == null;
        }
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;
    @Inject
    AuditLog audit;

    public Outcome signIn(StaffIdentity who) {
        String email = who.email() == null ? "" : who.email().strip().toLowerCase(Locale.ROOT);
        Refusal refusal = who.roles().isEmpty() || who.roles().contains(Role.APPLICANT) ? Refusal.NO_ROLE
                : email.isEmpty() || !who.emailVerified() ? Refusal.UNVERIFIED_EMAIL : null;
        if (refusal != null) {
            return refuse(who, email, refusal);
        }
        List<UserAccount> linked = em.createQuery("select u from UserAccount u where u.ssoIssuer = :issuer and u.ssoSubject = :subject",
                UserAccount.class).setParameter("issuer", who.issuer()).setParameter("subject", who.subject()).getResultList();
        List<UserAccount> known = !linked.isEmpty() ? linked
                : em.createQuery("select u from UserAccount u where lower(u.email) = :email", UserAccount.class)
                        .setParameter("email", email).getResultList();
        if (known.size() > 1) {
            return refuse(who, email, Refusal.AMBIGUOUS_EMAIL);
        }
        UserAccount account = known.isEmpty() ? create(who, email) : known.get(0);
        if (account == null) {
            return refuse(who, email, Refusal.NAME_TAKEN);
        }
        if (account.isLinkedToAnotherThan(who.issuer(), who.subject())) {
            // the address moved to another provider user: the account stays with the one it was linked to
            return refuse(who, email, Refusal.LINKED_TO_ANOTHER);
        }
        if (!account.isActive()) {
            return refuse(who, email, Refusal.INACTIVE);
        }
        if (account.getRoles().contains(Role.APPLICANT)) {
            return refuse(who, email, Refusal.APPLICANT_ACCOUNT);
        }
        if (!account.getRoles().equals(who.roles())) {
            audit.record(account.getUsername(), "SSO_ROLES_CHANGED", subject(account.getUsername()),
                    names(account.getRoles()) + " -> " + names(who.roles()));
            account.assign(EnumSet.copyOf(who.roles()), account.getOrganisation());
        }
        if (!account.isLinked()) {
            account.linkTo(who.issuer(), who.subject());
            audit.record(account.getUsername(), "SSO_LINKED", subject(account.getUsername()), who.issuer() + " " + who.subject());
        }
        audit.record(account.getUsername(), "SSO_SIGN_IN", subject(account.getUsername()),
                who.issuer() + " " + who.subject() + " " + names(who.roles()));
        return new Outcome(account.getUsername(), Set.copyOf(names(who.roles())), null);
    }

    /** A new agency account named by the address; null when that name is taken or too long. */
    private UserAccount create(StaffIdentity who, String email) {
        if (email.length() > 100 || em.find(UserAccount.class, email) != null) {
            return null;
        }
        // a password nobody knows: the account signs in through the provider (or after a reset by mail)
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String name = who.fullName() == null || who.fullName().isBlank() ? email : who.fullName().strip();
        UserAccount account = new UserAccount(email, PasswordHasher.hash(Base64.getEncoder().encodeToString(secret).toCharArray()),
                name, email, null, who.roles());
        em.persist(account);
        audit.record(email, "SSO_ACCOUNT_CREATED", subject(email), who.issuer() + " " + who.subject() + " " + names(who.roles()));
        return account;
    }

    private Outcome refuse(StaffIdentity who, String email, Refusal refusal) {
        audit.record(cut(email.isEmpty() ? "sso:" + who.subject() : email, 100), "SSO_REFUSED", cut("sso:" + who.subject(), 50),
                refusal + " " + who.issuer() + " " + names(who.roles()));
        return Outcome.refused(refusal);
    }

    /** The audit log's subject is at most 50 characters; a long address is cut, the rest is in the details. */
    private static String subject(String username) {
        return cut("user:" + username, 50);
    }

    private static String cut(String text, int length) {
        return text.length() > length ? text.substring(0, length) : text;
    }

    private static Set<String> names(Set<Role> roles) {
        Set<String> names = new TreeSet<>();
        roles.forEach(role -> names.add(role.name()));
        return names;
    }
}
