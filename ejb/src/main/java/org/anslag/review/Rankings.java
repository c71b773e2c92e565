package org.anslag.review;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.anslag.application.ApplicationStatus;
import org.anslag.application.Applications;
import org.anslag.application.GrantApplication;
import org.anslag.audit.AuditLog;
import org.anslag.call.FundingCall;
import org.anslag.shared.Actor;
import org.anslag.shared.Role;
import org.anslag.shared.RuleViolation;

/** The manager's consolidated assessments, and the ranking per call they give. */
@Stateless
public class Rankings {

    /** The statuses of applications that are assessed and compete for the call's money. */
    static final List<ApplicationStatus> RANKED = List.of(ApplicationStatus.UNDER_REVIEW, ApplicationStatus.GRANTED,
            ApplicationStatus.REJECTED, ApplicationStatus.CLOSED);

    @PersistenceContext
    EntityManager em;
    @Inject
    Clock clock;
    @Inject
    AuditLog audit;
    @EJB
    Applications applications;

    /**
     * Writes or rewrites the consolidated assessment. The version the manager started from must
     * still be the stored one, so two managers editing at once do not overwrite each other.
     */
    public Consolidation consolidate(Actor actor, String number, Long expectedVersion, BigDecimal score, String statement) {
        actor.require(Role.PROGRAMME_MANAGER);
        GrantApplication application = applications.lockedByNumber(number);
        Optional<Consolidation> existing = consolidationOf(number);
        Consolidation consolidation = existing.orElseGet(() -> new Consolidation(application));
        if (existing.isPresent() && expectedVersion != null && expectedVersion != consolidation.getVersion()) {
            throw new RuleViolation("statement", "consolidation.changedMeanwhile", consolidation.getConsolidatedBy());
        }
        String before = existing.map(c -> c.getScore().toPlainString()).orElse("none");
        consolidation.write(score, statement, actor.username(), clock.instant());
        if (existing.isEmpty()) {
            em.persist(consolidation);
        }
        em.flush();
        audit.record(actor.username(), "CONSOLIDATE", "application:" + number, before + " → " + consolidation.getScore());
        return consolidation;
    }

    public Optional<Consolidation> consolidationOf(String number) {
        return em.createQuery("select c from Consolidation c where c.application.number = :number", Consolidation.class)
                .setParameter("number", number).getResultList().stream().findFirst();
    }

    /** One row of a call's ranking: the running total says where the call's budget runs out. */
    public record Place(int rank, GrantApplication application, BigDecimal score, boolean consolidated,
                        BigDecimal runningTotal, boolean withinBudget) {
    }

    /**
     * The call's assessed applications by score, highest first (the consolidated score, else the
     * mean of the reviews), with the running total of requested amounts against the call's budget:
     * the funding line falls after the last application that fits.
     */
    public List<Place> ranking(Actor actor, Long callId) {
        actor.require(Role.PROGRAMME_MANAGER, Role.FINANCE);
        FundingCall call = em.find(FundingCall.class, callId);
        // the coordinator is on every row of the ranking: read with the applications, not one by one
        List<GrantApplication> assessed = em.createQuery("""
                select a from GrantApplication a join fetch a.coordinator
                where a.call.id = :call and a.status in :statuses""", GrantApplication.class)
                .setParameter("call", callId).setParameter("statuses", RANKED).getResultList();
        Map<Long, BigDecimal> consolidated = em.createQuery(
                "select c.application.id, c.score from Consolidation c where c.application.call.id = :call", Object[].class)
                .setParameter("call", callId).getResultList().stream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (BigDecimal) row[1]));
        // only each review's weighted score: a call of a thousand applications has ten thousand reviews
        Map<Long, List<BigDecimal>> reviews = em.createQuery(
                "select r.application.id, r.weightedScore from Review r where r.application.call.id = :call", Object[].class)
                .setParameter("call", callId).getResultList().stream()
                .collect(Collectors.groupingBy(row -> (Long) row[0], Collectors.mapping(row -> (BigDecimal) row[1], Collectors.toList())));
        record Scored(GrantApplication application, BigDecimal score, boolean consolidated) {
        }
        List<Scored> scored = assessed.stream()
                .map(a -> consolidated.containsKey(a.getId()) ? new Scored(a, consolidated.get(a.getId()), true)
                        : new Scored(a, Consolidation.mean(reviews.getOrDefault(a.getId(), List.of())), false))
                .sorted(Comparator.comparing(Scored::score, Comparator.nullsLast(Comparator.reverseOrder()))
                        .thenComparing(s -> s.application().getNumber()))
                .toList();
        List<Place> places = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (Scored entry : scored) {
            total = total.add(entry.application().getRequestedAmount());
            places.add(new Place(places.size() + 1, entry.application(), entry.score(), entry.consolidated(), total,
                    total.compareTo(call.getBudget()) <= 0));
        }
        return places;
    }
}
