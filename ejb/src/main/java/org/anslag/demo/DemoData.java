package org.anslag.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.logging.Logger;
import org.anslag.call.CallRules;
import org.anslag.call.CallTerms;
import org.anslag.call.CallTexts;
import org.anslag.call.CallType;
import org.anslag.call.Calls;
import org.anslag.learning.ResearcherAssignment;
import org.anslag.organisation.Organisation;
import org.anslag.organisation.OrganisationKind;
import org.anslag.organisation.Organisations;
import org.anslag.organisation.PasswordHasher;
import org.anslag.organisation.ReferenceDataImport;
import org.anslag.organisation.UserAccount;
import org.anslag.shared.Actor;
import org.anslag.shared.Role;

/**
 * Seeds an empty database with the demo data set when ANSLAG_DEMO=true. The users are listed in
 * the README; they never exist outside demo mode.
 */
@Singleton
@Startup
@DependsOn({"ProcessEngineBootstrap", "ReferenceDataAtStartup"})
public class DemoData {

    public static final String PASSWORD = "demo";
    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());
    private static final Actor SEEDER = new Actor("demo-seed", null, EnumSet.of(Role.ADMIN, Role.PROGRAMME_MANAGER));

    @PersistenceContext
    EntityManager em;
    @Inject
    Clock clock;
    @EJB
    ReferenceDataImport referenceData;
    @EJB
    Organisations organisations;
    @EJB
    Calls calls;
    @EJB
    org.anslag.organisation.Accounts accounts;
    @EJB
    org.anslag.review.EvaluatorPool pool;
    @EJB
    org.anslag.followup.CallIndicators indicators;
    @EJB
    org.anslag.registry.Registry registry;

    private String demoHash;

    @PostConstruct
    void seed() {
        if (!Boolean.parseBoolean(System.getenv("ANSLAG_DEMO"))) {
            return;
        }
        if (em.find(UserAccount.class, "maria") == null) {
            seedUsersAndOpenCalls();
        }
        seedHistory();
    }

    /**
     * The finished programme 2023–2025 of demo/history.json, unless it is there already (a restart
     * on the same database); false then. It needs the demo users and the imported municipalities.
     */
    public boolean seedHistory() {
        return new ProgrammeHistory(em, calls, indicators, pool, organisations, registry, SEEDER).seed(ProgrammeHistory.read());
    }

    private void seedUsersAndOpenCalls() {
        referenceData.importCounties(SEEDER, resource("demo/counties.csv"));
        referenceData.importMunicipalities(SEEDER, resource("demo/municipalities.csv"));
        Organisation sundsvall = organisations.byCode("2281").orElseThrow();
        Organisation timra = organisations.byCode("2262").orElseThrow();
        user("anna", "Anna Lindqvist", sundsvall, Role.APPLICANT);
        user("tomas", "Tomas Berg", timra, Role.APPLICANT);
        // a third municipality's applicant: sees neither Sundsvall's nor Timrå's applications
        user("lina", "Lina Nilsson", organisations.byCode("2580").orElseThrow(), Role.APPLICANT);
        user("maria", "Maria Ek", null, Role.PROGRAMME_MANAGER);
        // the second pair of eyes for large grants
        user("per", "Per Sandberg", null, Role.PROGRAMME_MANAGER);
        user("erik", "Erik Nord", null, Role.EVALUATOR);
        user("lars", "Lars Holm", null, Role.EVALUATOR);
        user("karin", "Karin Sjöberg", null, Role.EVALUATOR);
        user("nils", "Nils Berglund", null, Role.EVALUATOR);
        // an external expert employed by Timrå: never an evaluator of applications Timrå takes part in
        user("sofia", "Sofia Lind", timra, Role.EVALUATOR);
        user("fatima", "Fatima Hassan", null, Role.FINANCE);
        user("adam", "Adam Ström", null, Role.ADMIN);
        // the programme's accompanying researcher (följeforskare): reads reports, never personal data
        user("ingrid", "Ingrid Falk", null, Role.RESEARCHER);
        // has left Sundsvall: ADMIN deactivated the account, so it signs in to nothing
        user("olof", "Olof Sandin", sundsvall, Role.APPLICANT);
        accounts.deactivate(SEEDER, "olof");
        openCall();
        LOG.info("Demo data created: users anna, tomas, lina, maria, per, erik, lars, karin, nils, sofia, fatima, adam, ingrid, deactivated olof (password 'demo')");
    }

    /**
     * Two published calls, open since yesterday: idea hubs with partner municipalities and 20 %
     * co-funding, and test beds that a municipality may run alone (also used by the benchmark).
     */
    private void openCall() {
        LocalDate today = LocalDate.now(clock);
        var programme = calls.createProgramme(SEEDER, "Innovation i kommuner 2026–2028",
                new BigDecimal("30000000"), today.withDayOfYear(1), today.withDayOfYear(1).plusYears(3),
                "Fler kommuner som prövar och sprider nya arbetssätt.");
        em.persist(new ResearcherAssignment(programme.getId(), "ingrid", SEEDER.username(), clock.instant()));
        pool.add(SEEDER, programme.getId(), "erik", false, "Innovation i offentlig sektor");
        pool.add(SEEDER, programme.getId(), "lars", false, "Digitalisering");
        pool.add(SEEDER, programme.getId(), "karin", false, "Hållbar utveckling");
        pool.add(SEEDER, programme.getId(), "nils", false, "Verksamhetsutveckling");
        pool.add(SEEDER, programme.getId(), "sofia", true, "Välfärdsteknik");
        var now = clock.instant().truncatedTo(ChronoUnit.MINUTES);
        var ideaHubs = calls.createCall(SEEDER, programme.getId(), new CallTerms("Idéslussar 2026", CallType.IDEA_HUB,
                now.minus(1, ChronoUnit.DAYS), now.plus(60, ChronoUnit.DAYS), new BigDecimal("5000000"),
                new BigDecimal("1250000"), List.of(new CallTerms.Criterion("Potential att skapa nytta", 60),
                        new CallTerms.Criterion("Genomförbarhet", 40))));
        calls.describe(SEEDER, ideaHubs.getId(), new CallTexts("Idea hubs 2026",
                        "Stöd till kommuner som bygger en idésluss där medarbetares idéer tas om hand och prövas.",
                        "Support for municipalities building an idea hub where staff ideas are taken care of and tried."),
                new CallRules(EnumSet.of(OrganisationKind.MUNICIPALITY), 1, 5, new BigDecimal("20"), 0),
                List.of(today.plusDays(240), today.plusDays(420)));
        calls.publish(SEEDER, ideaHubs.getId());
        var testBeds = calls.createCall(SEEDER, programme.getId(), new CallTerms("Testbäddar 2026", CallType.TEST_BED,
                now.minus(1, ChronoUnit.DAYS), now.plus(45, ChronoUnit.DAYS), new BigDecimal("20000000"),
                new BigDecimal("2000000"), List.of(new CallTerms.Criterion("Nytta för invånarna", 50),
                        new CallTerms.Criterion("Skalbarhet", 50))));
        calls.describe(SEEDER, testBeds.getId(), new CallTexts("Test beds 2026",
                        "Stöd till kommuner som öppnar en testbädd för nya lösningar i välfärden.",
                        "Support for municipalities opening a test bed for new welfare solutions."),
                new CallRules(EnumSet.of(OrganisationKind.MUNICIPALITY), 0, 5, BigDecimal.ZERO, 0),
                List.of(today.plusDays(365)));
        calls.publish(SEEDER, testBeds.getId());
    }

    /**
     * One hash, computed once, serves every demo user: at 600 000 iterations each hash takes a good
     * part of a second, and they all share the same well-known password anyway.
     */
    private void user(String username, String name, Organisation organisation, Role role) {
        if (demoHash == null) {
            demoHash = PasswordHasher.hash(PASSWORD.toCharArray());
        }
        em.persist(new UserAccount(username, demoHash, name,
                username + "@demo.anslag.se", organisation, EnumSet.of(role)));
    }

    private static Reader resource(String path) {
        return new InputStreamReader(DemoData.class.getClassLoader().getResourceAsStream(path), StandardCharsets.UTF_8);
    }
}
