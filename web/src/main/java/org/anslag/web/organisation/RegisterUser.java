package org.anslag.web.organisation;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import org.anslag.organisation.Organisation;
import org.anslag.organisation.Registrations;
import org.anslag.shared.RuleViolation;
import org.anslag.web.shared.ClientAddress;
import org.anslag.web.shared.Feedback;

/**
 * A municipality employee registers, confirms the address by the mailed link, and an administrator
 * approves before they can sign in.
 */
@Named
@ViewScoped
public class RegisterUser implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Registrations registrations;

    private String fullName;
    private String email;
    private final ChosenCredentials credentials = new ChosenCredentials();
    private final OrganisationChoice municipality = new OrganisationChoice();

    public String register() {
        try {
            registrations.register(new Registrations.Application(fullName, email, credentials.getUsername(),
                    credentials.confirmedPassword(), municipality.id()), ClientAddress.of(FacesContext.getCurrentInstance()));
            Feedback.info("registration.received", fullName.strip(), email.strip());
            return "/login.xhtml?faces-redirect=true";
        } catch (RuleViolation violation) {
            Feedback.show("register", violation);
            return null;
        }
    }

    /** The municipality chosen in the picker, kept as its id between requests. */
    public Organisation getMunicipality() {
        return municipality.get();
    }

    public void setMunicipality(Organisation municipality) {
        this.municipality.set(municipality);
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

    public ChosenCredentials getCredentials() {
        return credentials;
    }
}
