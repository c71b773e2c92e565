package org.anslag.organisation;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.anslag.shared.NotFound;

/** Finds organisations and user accounts. */
@Stateless
public class Organisations {

    @PersistenceContext
    EntityManager em;

    public Organisation get(Long id) {
        Organisation organisation = em.find(Organisation.class, id);
        if (organisation == null) {
            throw new NotFound("organisation " + id);
        }
        return organisation;
    }

    public List<Organisation> municipalities() {
        return em.createQuery("select o from Organisation o where o.kind = org.anslag.organisation.OrganisationKind.MUNICIPALITY order by o.name",
                Organisation.class).getResultList();
    }

    /** Every organisation, municipalities and others, by name: the choices for an employer or affiliation. */
    public List<Organisation> all() {
        return em.createQuery("select o from Organisation o order by o.name", Organisation.class).getResultList();
    }

    /** The organisations with these ids; refuses an id that does not exist. */
    public List<Organisation> all(Collection<Long> ids) {
        return ids == null ? List.of() : ids.stream().distinct().map(this::get).toList();
    }

    /**
     * The user's employer and declared affiliations, by id: the organisations whose applications the
     * user may not evaluate. Empty for an unknown user.
     */
    public Set<Long> affiliationsOf(String username) {
        return account(username).map(UserAccount::affiliationIds).orElse(Set.of());
    }

    /** The same organisations as names, employer first, as pages show them. */
    public String affiliationNamesOf(String username) {
        return account(username).map(UserAccount::getAffiliationNames).orElse("");
    }

    public long municipalityCount() {
        return em.createQuery("select count(o) from Organisation o where o.kind = org.anslag.organisation.OrganisationKind.MUNICIPALITY",
                Long.class).getSingleResult();
    }

    public long countyCount() {
        return em.createQuery("select count(c) from County c", Long.class).getSingleResult();
    }

    public Optional<Organisation> byCode(String code) {
        return em.createQuery("select o from Organisation o where o.code = :code", Organisation.class)
                .setParameter("code", code).getResultList().stream().findFirst();
    }

    public Optional<UserAccount> account(String username) {
        return Optional.ofNullable(em.find(UserAccount.class, username));
    }

    /** The active applicant users of an organisation: who hears about its applications. */
    public List<UserAccount> applicantsOf(Long organisationId) {
        return em.createQuery("""
                select u from UserAccount u join u.roles r
                where u.organisation.id = :organisation and r = :role and u.active = true order by u.username""",
                UserAccount.class).setParameter("organisation", organisationId)
                .setParameter("role", org.anslag.shared.Role.APPLICANT).getResultList();
    }

    public List<UserAccount> accountsWithRole(org.anslag.shared.Role role) {
        return em.createQuery("select u from UserAccount u join u.roles r where r = :role and u.active = true order by u.fullName",
                UserAccount.class).setParameter("role", role).getResultList();
    }
}
