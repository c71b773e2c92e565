package org.anslag.organisation;

import java.lang.reflect.Field;

/** Municipalities with the ids the database would have given them. */
public final class TestOrganisations {

    private TestOrganisations() {
    }

    public static Organisation municipality(long id, String code, String name, County county) {
        Organisation organisation = Organisation.municipality(code, name, county);
        setId(organisation, id);
        return organisation;
    }

    public static Organisation sundsvall() {
        return municipality(1, "2281", "Sundsvalls kommun", vasternorrland());
    }

    public static Organisation timra() {
        return municipality(2, "2262", "Timrå kommun", vasternorrland());
    }

    public static Organisation harnosand() {
        return municipality(3, "2280", "Härnösands kommun", vasternorrland());
    }

    /** An evaluator employed by the organisation (or the agency, when null) with declared affiliations. */
    public static UserAccount evaluator(String username, Organisation employer, Organisation... affiliations) {
        UserAccount account = new UserAccount(username, "hash", username, username + "@example.se", employer,
                java.util.EnumSet.of(org.anslag.shared.Role.EVALUATOR));
        account.declareAffiliations(java.util.List.of(affiliations));
        return account;
    }

    public static County vasternorrland() {
        return new County("22", "Västernorrlands län");
    }

    static void setId(Organisation organisation, long id) {
        try {
            Field field = Organisation.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(organisation, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Organisation has no id field to set", e);
        }
    }
}
