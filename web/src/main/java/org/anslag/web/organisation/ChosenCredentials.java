package org.anslag.web.organisation;

import java.io.Serializable;
import org.anslag.shared.RuleViolation;

/** The user name and password a new user chooses, with the password typed twice. */
public class ChosenCredentials implements Serializable {

    private static final long serialVersionUID = 1L;

    private String username;
    private String password;
    private String passwordAgain;

    /** The password, once both typings agree; the service checks its strength. */
    char[] confirmedPassword() {
        if (password == null || !password.equals(passwordAgain)) {
            throw new RuleViolation("passwordAgain", "registration.passwordsDiffer");
        }
        return password.toCharArray();
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getPasswordAgain() {
        return passwordAgain;
    }

    public void setPasswordAgain(String passwordAgain) {
        this.passwordAgain = passwordAgain;
    }
}
