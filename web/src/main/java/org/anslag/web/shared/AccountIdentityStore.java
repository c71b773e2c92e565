package org.anslag.web.shared;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import org.anslag.organisation.SignIns;

/**
 * Checks sign-ins against the user accounts through {@link SignIns}, which throttles them, answers
 * alike for unknown and inactive accounts and rehashes weaker stored hashes.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @EJB
    SignIns signIns;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof SignInCredential typed)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        SignIns.Outcome outcome = signIns.signIn(typed.getCaller(), typed.getPassword().getValue(), typed.clientAddress());
        return outcome.signedIn() ? new CredentialValidationResult(outcome.username(), outcome.groups())
                : CredentialValidationResult.INVALID_RESULT;
    }
}
