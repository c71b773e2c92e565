package org.anslag.it.sso;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;
import org.anslag.audit.AuditEntry;
import org.anslag.audit.AuditLog;
import org.anslag.it.support.Scenarios;
import org.anslag.organisation.Organisations;
import org.anslag.organisation.StaffIdentity;
import org.anslag.organisation.StaffSignIns;
import org.anslag.organisation.StaffSignIns.Refusal;
import org.anslag.organisation.UserAccount;
import org.anslag.shared.Role;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs inside the server: who the provider vouches for becomes which account. A verified address
 * of a staff account links to it and the provider's roles replace the account's; an unknown one
 * gets a new agency account; applicants' and deactivated accounts, unverified addresses and users
 * without a mapped role are refused, each audited.
 */
@ExtendWith(ArquillianExtension.class)
public class StaffSignInsIT {

    private static final String ISSUER = "http://idp.example/realms/agency";

    private StaffSignIns staffSignIns;
    private Organisations organisations;

    @BeforeEach
    void services() {
        staffSignIns = Scenarios.ejb(StaffSignIns.class);
        organisations = Scenarios.ejb(Organisations.class);
    }

    private static StaffIdentity who(String email, boolean verified, Role... roles) {
        return new StaffIdentity(ISSUER, "sub-" + email.toLowerCase(java.util.Locale.ROOT), email, verified, "Test Person",
                roles.length == 0 ? Set.of() : EnumSet.of(roles[0], roles));
    }

    @Test
    void anUnknownAddressGetsAnAgencyAccountWhoseRolesFollowTheProvider() {
        String email = "nils.sso." + System.nanoTime() + "@myndighet.example";
        StaffSignIns.Outcome first = staffSignIns.signIn(who(email.toUpperCase(), true, Role.EVALUATOR));
        assertTrue(first.signedIn());
        assertEquals(email, first.username(), "named by the address, as user names are stored: lower case");
        assertEquals(Set.of("EVALUATOR"), first.groups());
        UserAccount created = organisations.account(email).orElseThrow();
        assertNull(created.getOrganisation(), "agency staff belong to no municipality");
        assertEquals(Set.of(Role.EVALUATOR), created.getRoles());

        StaffSignIns.Outcome again = staffSignIns.signIn(who(email, true, Role.EVALUATOR, Role.RESEARCHER));
        assertEquals(email, again.username(), "the same account, found by its address");
        assertEquals(Set.of(Role.EVALUATOR, Role.RESEARCHER), organisations.account(email).orElseThrow().getRoles());
        assertEquals(Set.of("SSO_ACCOUNT_CREATED", "SSO_LINKED", "SSO_SIGN_IN", "SSO_ROLES_CHANGED"),
                Set.copyOf(Scenarios.ejb(AuditLog.class).about(("user:" + email).substring(0, Math.min(50, email.length() + 5)))
                        .stream().map(AuditEntry::getAction).toList()));
    }

    @Test
    void aKnownStaffAddressSignsInAsThatAccount() {
        StaffSignIns.Outcome outcome = staffSignIns.signIn(who("fatima@demo.anslag.se", true, Role.FINANCE));
        assertEquals("fatima", outcome.username());
        assertEquals(Set.of("FINANCE"), outcome.groups());
    }

    @Test
    void applicantsDeactivatedAccountsUnverifiedAddressesAndUsersWithoutARoleAreRefused() {
        assertEquals(Refusal.APPLICANT_ACCOUNT, staffSignIns.signIn(who("anna@demo.anslag.se", true, Role.ADMIN)).refusal());
        assertEquals(Set.of(Role.APPLICANT), organisations.account("anna").orElseThrow().getRoles(), "anna stays an applicant");
        assertEquals(Refusal.INACTIVE, staffSignIns.signIn(who("olof@demo.anslag.se", true, Role.FINANCE)).refusal());
        assertEquals(Refusal.UNVERIFIED_EMAIL, staffSignIns.signIn(who("maria@demo.anslag.se", false, Role.ADMIN)).refusal());
        assertEquals(Set.of(Role.PROGRAMME_MANAGER), organisations.account("maria").orElseThrow().getRoles());
        StaffSignIns.Outcome noRole = staffSignIns.signIn(who("nobody.sso@myndighet.example", true));
        assertFalse(noRole.signedIn());
        assertEquals(Refusal.NO_ROLE, noRole.refusal());
        assertTrue(organisations.account("nobody.sso@myndighet.example").isEmpty(), "no account for a user without a role");
        assertTrue(Scenarios.ejb(AuditLog.class).about("sso:sub-nobody.sso@myndighet.example").stream()
                .anyMatch(entry -> entry.getAction().equals("SSO_REFUSED") && entry.getDetails().startsWith("NO_ROLE")));
    }

    /**
     * The first sign-in links the account to the provider's user (issuer and subject): a changed
     * address at the provider still reaches it, and another provider user who now has its address
     * is refused rather than let in with that user's roles.
     */
    @Test
    void theProviderUserStaysLinkedToItsAccountWhenTheAddressMoves() {
        long run = System.nanoTime();
        String email = "karl.sso." + run + "@myndighet.example";
        String subject = "karl-" + run;
        StaffIdentity karl = new StaffIdentity(ISSUER, subject, email, true, "Karl Sso", EnumSet.of(Role.EVALUATOR));
        assertEquals(email, staffSignIns.signIn(karl).username());

        StaffIdentity moved = new StaffIdentity(ISSUER, subject, "karl.ny." + run + "@myndighet.example", true, "Karl Sso",
                EnumSet.of(Role.EVALUATOR));
        assertEquals(email, staffSignIns.signIn(moved).username(), "found by the provider's subject, not by the new address");

        StaffIdentity other = new StaffIdentity(ISSUER, "other-" + run, email, true, "Någon Annan", EnumSet.of(Role.ADMIN));
        assertEquals(Refusal.LINKED_TO_ANOTHER, staffSignIns.signIn(other).refusal());
        assertEquals(Set.of(Role.EVALUATOR), organisations.account(email).orElseThrow().getRoles(),
                "the other provider user's ADMIN never reached the account");
        assertTrue(Scenarios.ejb(AuditLog.class).about(("user:" + email).substring(0, Math.min(50, email.length() + 5))).stream()
                .anyMatch(entry -> entry.getAction().equals("SSO_LINKED") && entry.getDetails().equals(ISSUER + " " + subject)));
    }
}
