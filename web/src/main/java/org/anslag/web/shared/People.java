package org.anslag.web.shared;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;
import org.anslag.organisation.Organisations;
import org.anslag.organisation.UserAccount;

/** Full names for the user names that records keep ("erik" reads as "Erik Nord"), once per request each. */
@Named
@RequestScoped
public class People {

    @EJB
    Organisations organisations;

    private final Map<String, String> names = new HashMap<>();

    public String name(String username) {
        if (username == null) {
            return "";
        }
        return names.computeIfAbsent(username,
                known -> organisations.account(known).map(UserAccount::getFullName).orElse(known));
    }
}
