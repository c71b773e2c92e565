package org.anslag.web.organisation;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.anslag.organisation.Organisation;
import org.anslag.organisation.Organisations;
import org.anslag.organisation.Registrations;
import org.anslag.shared.RuleViolation;
import org.anslag.web.shared.Feedback;

/** A municipality employee registers; an administrator approves before they can sign in. */
@Named
@ViewScoped
public class RegisterUser implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient Registrations registrations;
    @EJB
    transient Organisations organisations;

    private String fullName;
    private String email;
    private String username;
    private String password;
    private String passwordAgain;
    private Long municipalityId;

    public String register() {
        try {
            if (password == null || !password.equals(passwordAgain)) {
                throw new RuleViolation("passwordAgain", "registration.passwordsDiffer");
            }
            registrations.register(new Registrations.Application(fullName, email, username,
                    password.toCharArray(), municipalityId));
            Feedback.info("registration.received", fullName);
            return "/login.xhtml?faces-redirect=true";
        } catch (RuleViolation violation) {
            Feedback.show("register", violation);
            return null;
        }
    }

    public List<Organisation> getMunicipalities() {
        return organisations.municipalities();
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
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

    public Long getMunicipalityId() {
        return municipalityId;
    }

    public void setMunicipalityId(Long municipalityId) {
        this.municipalityId = municipalityId;
    }
}
