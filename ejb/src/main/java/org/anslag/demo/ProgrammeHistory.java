package org.anslag.demo;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.anslag.application.GrantApplication;
import org.anslag.call.CallHistory;
import org.anslag.call.CallRules;
import org.anslag.call.CallTerms;
import org.anslag.call.CallTexts;
import org.anslag.call.CallType;
import org.anslag.call.Calls;
import org.anslag.call.FundingCall;
import org.anslag.call.Programme;
import org.anslag.followup.CallIndicators;
import org.anslag.followup.Indicator;
import org.anslag.followup.IndicatorDraft;
import org.anslag.learning.ResearcherAssignment;
import org.anslag.learning.ResultUptake;
import org.anslag.learning.UptakeKind;
import org.anslag.organisation.Organisation;
import org.anslag.organisation.OrganisationKind;
import org.anslag.organisation.Organisations;
import org.anslag.registry.Registry;
import org.anslag.review.EvaluatorPool;
import org.anslag.shared.Actor;

/**
 * The demo's finished programme (demo/history.json): a programme and its idea-hub call that ran
 * in 2023–2025, its applications, reviews, decisions, reports and results, and the municipalities
 * that took the results up since. It gives every learning page something to show on a fresh
 * start. Written with the seeder's own EntityManager, in the seeder's transaction, and only once:
 * the history is there when its first application number is.
 */
final class ProgrammeHistory {

    static final String RESOURCE = "demo/history.json";
    private static final Logger LOG = Logger.getLogger(ProgrammeHistory.class.getName());

    private final EntityManager em;
    private final Calls calls;
    private final CallIndicators indicators;
    private final EvaluatorPool pool;
    private final Organisations organisations;
    private final Registry registry;
    private final Actor seeder;

    ProgrammeHistory(EntityManager em, Calls calls, CallIndicators indicators, EvaluatorPool pool,
                     Organisations organisations, Registry registry, Actor seeder) {
        this.em = em;
        this.calls = calls;
        this.indicators = indicators;
        this.pool = pool;
        this.organisations = organisations;
        this.registry = registry;
        this.seeder = seeder;
    }

    static JsonObject read() {
        try (InputStream in = ProgrammeHistory.class.getClassLoader().getResourceAsStream(RESOURCE);
             JsonReader reader = Json.createReader(in)) {
            return reader.readObject();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Seeds the history unless it is there already; false when it was, or when the reference data
     * lacks one of its municipalities (the server started without ANSLAG_REFERENCE_DATA_DIR).
     */
    boolean seed(JsonObject history) {
        List<JsonObject> applications = history.getJsonArray("applications").getValuesAs(JsonObject.class);
        if (exists(applications.get(0).getString("number"))) {
            return false;
        }
        Map<String, Organisation> municipalities = municipalities(history);
        if (municipalities == null) {
            return false;
        }
        JsonObject about = history.getJsonObject("programme");
        Programme programme = calls.createProgramme(seeder, about.getString("name"), decimal(about, "budget"),
                LocalDate.parse(about.getString("startsOn")), LocalDate.parse(about.getString("endsOn")), about.getString("goals"));
        FundingCall call = call(programme, history.getJsonObject("call"));
        em.persist(new ResearcherAssignment(programme.getId(), about.getString("researcher"), seeder.username(), call.getOpensAt()));
        for (JsonObject evaluator : about.getJsonArray("evaluators").getValuesAs(JsonObject.class)) {
            pool.add(seeder, programme.getId(), evaluator.getString("username"), false, evaluator.getString("expertise"));
        }
        ProjectHistory projects = new ProjectHistory(em, registry, call, indicators.of(call.getId()), seeder.username());
        Map<String, GrantApplication> byNumber = new HashMap<>();
        for (JsonObject application : applications) {
            byNumber.put(application.getString("number"), projects.record(application, municipalities));
        }
        for (JsonObject uptake : history.getJsonArray("uptake").getValuesAs(JsonObject.class)) {
            GrantApplication application = byNumber.get(uptake.getString("application"));
            em.persist(new ResultUptake(application, municipalities.get(uptake.getString("municipality")),
                    UptakeKind.valueOf(uptake.getString("kind")), projects.firstResultTitle(application), uptake.getString("note"),
                    seeder.username(), Instant.parse(uptake.getString("registeredAt"))));
        }
        CallHistory.closed(call);
        LOG.info(() -> "Demo history created: " + programme.getName() + ", " + applications.size() + " applications");
        return true;
    }

    private boolean exists(String applicationNumber) {
        return !em.createQuery("select a.id from GrantApplication a where a.number = :number", Long.class)
                .setParameter("number", applicationNumber).getResultList().isEmpty();
    }

    /** Every municipality the history names, by kommunkod; null when one is not in the reference data. */
    private Map<String, Organisation> municipalities(JsonObject history) {
        Map<String, Organisation> found = new HashMap<>();
        for (JsonObject application : history.getJsonArray("applications").getValuesAs(JsonObject.class)) {
            found.put(application.getString("coordinator"), null);
            application.getJsonArray("partners").getValuesAs(jakarta.json.JsonString.class).forEach(code -> found.put(code.getString(), null));
        }
        history.getJsonArray("uptake").getValuesAs(JsonObject.class).forEach(uptake -> found.put(uptake.getString("municipality"), null));
        for (String code : List.copyOf(found.keySet())) {
            Optional<Organisation> municipality = organisations.byCode(code);
            if (municipality.isEmpty()) {
                LOG.warning(() -> "Demo history skipped: municipality " + code + " is not imported (set ANSLAG_REFERENCE_DATA_DIR)");
                return null;
            }
            found.put(code, municipality.get());
        }
        return found;
    }

    private FundingCall call(Programme programme, JsonObject about) {
        List<CallTerms.Criterion> criteria = about.getJsonArray("criteria").getValuesAs(JsonObject.class).stream()
                .map(criterion -> new CallTerms.Criterion(criterion.getString("name"), criterion.getInt("weight"))).toList();
        FundingCall call = calls.createCall(seeder, programme.getId(), new CallTerms(about.getString("title"),
                CallType.valueOf(about.getString("type")), Instant.parse(about.getString("opensAt")),
                Instant.parse(about.getString("closesAt")), decimal(about, "budget"), decimal(about, "maxGrant"), criteria));
        calls.describe(seeder, call.getId(), new CallTexts(about.getString("titleEn"), about.getString("descriptionSv"),
                        about.getString("descriptionEn")),
                new CallRules(java.util.EnumSet.of(OrganisationKind.MUNICIPALITY), about.getInt("minPartners"),
                        about.getInt("maxPartners"), decimal(about, "coFundingShare"), 0),
                about.getJsonArray("reportingPeriodEnds").getValuesAs(jakarta.json.JsonString.class).stream()
                        .map(end -> LocalDate.parse(end.getString())).toList());
        em.flush();
        JsonObject targets = about.getJsonObject("targets");
        for (Object[] row : em.createQuery("select i.seedCode, i from Indicator i where i.callId = :call", Object[].class)
                .setParameter("call", call.getId()).getResultList()) {
            Indicator indicator = (Indicator) row[1];
            JsonValue target = targets.get((String) row[0]);
            if (target != null) {
                indicators.change(seeder, indicator.getId(), new IndicatorDraft(indicator.getNameSv(), indicator.getNameEn(),
                        indicator.getUnit(), new BigDecimal(target.toString()), indicator.isCumulative()));
            }
        }
        return call;
    }

    static BigDecimal decimal(JsonObject object, String name) {
        return object.getJsonNumber(name).bigDecimalValue();
    }
}
