package org.anslag.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.annotation.Resource;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.anslag.application.GrantApplication;
import org.anslag.budget.BudgetEntry;
import org.anslag.call.AssessmentCriterion;
import org.anslag.budget.CostCategory;
import org.anslag.call.FundingCall;
import org.anslag.it.support.Scenarios;
import org.anslag.it.support.WebClient;
import org.anslag.organisation.Organisation;
import org.anslag.shared.Actor;
import org.anslag.shared.Role;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Benchmark, not a test of the suite (bin/bench scale N runs it on PostgreSQL): seeds N
 * applications through the application's services, coordinated by every municipality in turn
 * (Sundsvall, the demo's applicant, coordinates one in fifty), a thousand to a call, in every state
 * from draft to granted with its first report due; then times the pages users live on, twenty
 * requests each after two to warm up, and prints p50 and p95 per page against the targets
 * (p95 <= 200 ms at N = 10 000, <= 500 ms at N = 100 000).
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
public class ScaleBench {

    private static final int N = Integer.getInteger("bench.applications", 1000);
    private static final int PER_CALL = 1000;
    private static final String SEEDED = "scale-seeded.txt";
    private static final int WARM_UP = 2;
    private static final int ROUNDS = 20;

    @ArquillianResource
    URL deploymentUrl;
    @Resource(lookup = "java:jboss/datasources/AnslagDS")
    DataSource database;

    @Test
    @Order(1)
    public void seedThroughTheServices() throws Exception {
        Scenarios given = new Scenarios();
        List<Organisation> municipalities = given.organisations.municipalities();
        Long sundsvall = given.anna.organisationId();
        Instant started = Instant.now();
        Map<String, Integer> states = new LinkedHashMap<>();
        FundingCall call = null;
        FundingCall biggest = null;
        for (int i = 0; i < N; i++) {
            if (i % PER_CALL == 0) {
                call = given.openCall("5000000", "lars", "nils");
                biggest = biggest == null ? call : biggest;
            }
            Long coordinator = i % 50 == 0 ? sundsvall : municipalities.get(i % municipalities.size()).getId();
            Long partner = municipalities.get((i + 1) % municipalities.size()).getId();
            if (partner.equals(coordinator)) {
                partner = municipalities.get((i + 2) % municipalities.size()).getId();
            }
            String state = seedOne(given, call, coordinator, partner, i);
            states.merge(state, 1, Integer::sum);
            if ((i + 1) % 500 == 0) {
                System.out.printf("seeded %d of %d in %.0f s%n", i + 1, N, Duration.between(started, Instant.now()).toMillis() / 1000.0);
            }
        }
        // a database with years of history has its planner statistics; a fresh bulk load has not yet
        try (Connection connection = database.getConnection(); Statement analyze = connection.createStatement()) {
            if (connection.getMetaData().getDatabaseProductName().startsWith("PostgreSQL")) {
                analyze.execute("analyze");
            }
        }
        String seeded = String.format(Locale.ROOT, "%d applications seeded in %.0f s: %s%ncall %d%n", N,
                Duration.between(started, Instant.now()).toMillis() / 1000.0, states, biggest.getId());
        Files.writeString(Path.of(System.getProperty("jboss.server.log.dir"), SEEDED), seeded, StandardCharsets.UTF_8);
        assertEquals(N, states.values().stream().mapToInt(Integer::intValue).sum());
    }

    /** One application, taken as far as its place in the spread says: draft, submitted, in review, awaiting decision, granted. */
    private String seedOne(Scenarios given, FundingCall call, Long coordinatorId, Long partnerId, int i) {
        Actor coordinator = new Actor("bench-" + coordinatorId, coordinatorId, Set.of(Role.APPLICANT));
        Actor partner = new Actor("bench-" + partnerId, partnerId, Set.of(Role.APPLICANT));
        GrantApplication draft = given.applications.createDraft(coordinator, call.getId(), "Skalprov " + i);
        GrantApplication withPartner = given.applications.addPartner(coordinator, draft.getId(), partnerId);
        given.partnerships.answer(partner, draft.getId(), true, null);
        GrantApplication saved = given.applications.saveDraft(coordinator, draft.getId(), withPartner.getVersion(),
                draft.getTitle(), "En testbädd för skalprovet.", new BigDecimal("20000"));
        given.budgets.save(coordinator, draft.getId(), List.of(new BudgetEntry(coordinatorId,
                call.getClosesAt().atZone(ZoneId.of("Europe/Stockholm")).getYear(), CostCategory.PERSONNEL,
                new BigDecimal("20000"), BigDecimal.ZERO)));
        int spread = i % 10;
        if (spread == 0) {
            return "draft";
        }
        String number = given.applications.submit(coordinator, saved.getId()).getNumber();
        if (spread <= 2) {
            return "submitted";
        }
        String evaluator = i % 2 == 0 ? "lars" : "nils";
        given.reviews.decideEligibility(given.maria, number, true, "Uppfyller kraven.", "sv");
        given.reviews.assignEvaluators(given.maria, number, List.of(evaluator));
        given.reviews.declareConflicts(Scenarios.evaluator(evaluator), number, false, null);
        if (spread <= 4) {
            return "in review";
        }
        Map<Long, Integer> scores = new HashMap<>();
        Map<Long, String> comments = new HashMap<>();
        for (AssessmentCriterion criterion : given.applications.byNumber(number).getCall().getCriteria()) {
            scores.put(criterion.getId(), 3 + i % 3);
            comments.put(criterion.getId(), "Godtagbart.");
        }
        given.reviews.submitReview(Scenarios.evaluator(evaluator), number, scores, comments);
        given.rankings.consolidate(given.maria, number, null, new BigDecimal(3 + i % 3), "Samlad bedömning.");
        if (spread <= 6) {
            return "awaiting decision";
        }
        given.awards.decide(given.maria, number, spread != 7, new BigDecimal("20000"), "Beslutat.", "sv");
        if (spread == 7) {
            return "rejected";
        }
        given.awards.acceptAgreement(coordinator, number);
        return "granted";
    }

    @Test
    @Order(2)
    @RunAsClient
    public void timeThePagesUsersLiveOn() throws Exception {
        String seeded = Files.readString(Path.of(System.getProperty("jboss.home"), "standalone", "log", SEEDED));
        String call = seeded.lines().filter(line -> line.startsWith("call ")).findFirst().orElseThrow().substring(5);
        URI base = deploymentUrl.toURI();
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("anna   Mina ansökningar", "anna application/my-applications.xhtml");
        pages.put("anna   Att göra", "anna workflow/tasks.xhtml");
        pages.put("maria  Att göra", "maria workflow/tasks.xhtml");
        pages.put("lars   Att göra", "lars workflow/tasks.xhtml");
        pages.put("maria  rangordning", "maria call/ranking.xhtml?call=" + call);
        pages.put("maria  projekt (lärande)", "maria learning/projects.xhtml");
        pages.put("maria  täckning", "maria learning/coverage.xhtml");
        pages.put("fatima ekonomibok (xlsx)", "fatima api/finance/workbook.xlsx?scope=call:" + call);
        StringBuilder report = new StringBuilder(String.format(Locale.ROOT, "Scale on %s: %s", base, seeded.lines().findFirst().orElse("")));
        report.append(String.format(Locale.ROOT, "%n  %-26s %8s %8s %8s %10s%n", "page", "p50 ms", "p95 ms", "max ms", "bytes"));
        Map<String, WebClient> signedIn = new HashMap<>();
        for (var page : pages.entrySet()) {
            String[] who = page.getValue().split(" ", 2);
            WebClient client = signedIn.computeIfAbsent(who[0], user -> {
                WebClient web = new WebClient(base);
                assertEquals(302, web.signIn(user, BlackBoxTestBase.DEMO_PASSWORD).statusCode(), user + " signs in");
                return web;
            });
            List<Long> millis = new ArrayList<>();
            long bytes = 0;
            for (int round = 0; round < WARM_UP + ROUNDS; round++) {
                long start = System.nanoTime();
                HttpResponse<byte[]> response = client.download(who[1]);
                long took = (System.nanoTime() - start) / 1_000_000;
                assertEquals(200, response.statusCode(), page.getKey() + " answers");
                bytes = response.body().length;
                if (round >= WARM_UP) {
                    millis.add(took);
                }
            }
            millis.sort(Long::compare);
            long p95 = millis.get((int) Math.ceil(0.95 * millis.size()) - 1);
            report.append(String.format(Locale.ROOT, "  %-26s %8d %8d %8d %10d %s%n", page.getKey(), millis.get(millis.size() / 2),
                    p95, millis.get(millis.size() - 1), bytes, p95 <= target() ? "" : "over " + target() + " ms"));
        }
        System.out.println(report);
        Files.writeString(Path.of(System.getProperty("jboss.home"), "standalone", "log", "scale-report.txt"), report);
    }

    private static long target() {
        return N <= 10_000 ? 200 : 500;
    }
}
