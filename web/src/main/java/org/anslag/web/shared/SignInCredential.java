package org.anslag.web.shared;

import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;

/** The typed user name and password, and the client address the attempt is counted against. */
public class SignInCredential extends UsernamePasswordCredential {

    private final String clientAddress;

    public SignInCredential(String username, String password, String clientAddress) {
        super(username, new Password(password));
        this.clientAddress = clientAddress;
    }

    public String clientAddress() {
        return clientAddress;
    }
}
