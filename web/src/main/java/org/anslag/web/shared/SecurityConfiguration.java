package org.anslag.web.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import jakarta.security.enterprise.identitystore.DatabaseIdentityStoreDefinition;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

/**
 * Form sign-in on our own page against the users and roles tables; passwords are PBKDF2
 * hashes written by {@link org.anslag.organisation.PasswordHasher}.
 */
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/login.xhtml", errorPage = "", useForwardToLogin = false))
@DatabaseIdentityStoreDefinition(
        dataSourceLookup = "java:jboss/datasources/AnslagDS",
        callerQuery = "select password_hash from app_user where username = ? and active = true",
        groupsQuery = "select role from user_role where username = ?",
        hashAlgorithm = Pbkdf2PasswordHash.class)
@ApplicationScoped
public class SecurityConfiguration {
}
