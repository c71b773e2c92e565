package org.anslag.web.sso;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

/**
 * Accepts a {@link StaffCredential} for the form mechanism, so a provider's sign-in ends in the same
 * caller and session as a typed password; every other credential is left to the account store.
 */
@ApplicationScoped
public class StaffIdentityStore implements IdentityStore {

    @Override
    public CredentialValidationResult validate(Credential credential) {
        return credential instanceof StaffCredential staff
                ? new CredentialValidationResult(staff.username(), staff.groups())
                : CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
}
