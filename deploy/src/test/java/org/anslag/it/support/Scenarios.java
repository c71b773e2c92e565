package org.anslag.it.support;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.anslag.application.ApplicationStatus;
import org.anslag.application.Applications;
import org.anslag.application.GrantApplication;
import org.anslag.application.Partnerships;
import org.anslag.award.Awards;
import org.anslag.budget.BudgetEntry;
import org.anslag.budget.Budgets;
import org.anslag.budget.CostCategory;
import org.anslag.call.AssessmentCriterion;
import org.anslag.call.CallTerms;
import org.anslag.call.CallTexts;
import org.anslag.call.CallType;
import org.anslag.call.Calls;
import org.anslag.call.FundingCall;
import org.anslag.followup.FinalReportContent;
import org.anslag.followup.FinalReports;
import org.anslag.followup.Licence;
import org.anslag.followup.ReusableResult;
import org.anslag.organisation.Organisations;
import org.anslag.review.EvaluatorPool;
import org.anslag.review.Rankings;
import org.anslag.review.Reviews;
import org.anslag.shared.Actor;
import org.anslag.shared.Role;
import org.anslag.workflow.ProcessEngineBootstrap;

/**
 * For tests that run inside the server: the application's services, and the steps that take a
 * demo municipality's application from a new call to review and to decision through them.
 */
public final class Scenarios {

    public final Applications applications = ejb(Applications.class);
    public final Budgets budgets = ejb(Budgets.class);
    public final Partnerships partnerships = ejb(Partnerships.class);
    public final Calls calls = ejb(Calls.class);
    public final Organisations organisations = ejb(Organisations.class);
    public final Reviews reviews = ejb(Reviews.class);
    public final Rankings rankings = ejb(Rankings.class);
    public final EvaluatorPool pool = ejb(EvaluatorPool.class);
    public final Awards awards = ejb(Awards.class);
    public final ProcessEngineBootstrap bootstrap = ejb(ProcessEngineBootstrap.class);

    public final Actor maria = new Actor("maria", null, Set.of(Role.PROGRAMME_MANAGER));
    public final Actor anna;
    public final Actor tomas;

    public Scenarios() {
        anna = new Actor("anna", organisations.byCode("2281").orElseThrow(() -> new AssertionError(
                "organisation 2281 missing: the ITs need ANSLAG_DEMO=true")).getId(), Set.of(Role.APPLICANT));
        tomas = new Actor("tomas", organisations.byCode("2262").orElseThrow().getId(), Set.of(Role.APPLICANT));
    }

    public static <T> T ejb(Class<T> bean) {
        try {
            return bean.cast(new InitialContext().lookup(Ears.ejb(bean)));
        } catch (NamingException e) {
            throw new IllegalStateException("no EJB " + bean.getSimpleName(), e);
        }
    }

    public static Actor evaluator(String username) {
        return new Actor(username, null, Set.of(Role.EVALUATOR));
    }

    /** A published call, open since an hour, in a new programme whose pool holds the given evaluators. */
    public FundingCall openCall(String budget, String... evaluators) {
        return calls.publish(maria, draftCall(budget, evaluators).getId());
    }

    /** The call of {@link #openCall} before it is published: its form can still change. */
    public FundingCall draftCall(String budget, String... evaluators) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        var programme = calls.createProgramme(maria, "Program " + suffix, new BigDecimal("10000000"),
                LocalDate.now().minusDays(1), LocalDate.now().plusYears(2), "Testprogram");
        for (String evaluator : evaluators) {
            pool.add(maria, programme.getId(), evaluator, false, null);
        }
        FundingCall call = calls.createCall(maria, programme.getId(), new CallTerms("Utlysning " + suffix,
                CallType.TEST_BED, now.minus(1, ChronoUnit.HOURS), now.plus(30, ChronoUnit.DAYS),
                new BigDecimal(budget), new BigDecimal("1000000"), List.of(new CallTerms.Criterion("Nytta", 50),
                        new CallTerms.Criterion("Genomförbarhet", 50))));
        return call;
    }

    /** The call asks for a report at the end of each of these days. */
    /**
     * The call's reporting periods end on these days, and their reports open at once (as
     * {@link #reportsOpenAtOnce}): the tests report right after acceptance. A test of the window
     * itself sets its own timing afterwards.
     */
    public FundingCall reportingOn(FundingCall call, LocalDate... periodEnds) {
        calls.describe(maria, call.getId(), new CallTexts(call.getTitleEn(), call.getDescriptionSv(),
                call.getDescriptionEn()), call.getRules(), List.of(periodEnds));
        return reportsOpenAtOnce(call);
    }

    /** The call's reports open as soon as a grant is accepted: each window opens a year before its period ends. */
    public FundingCall reportsOpenAtOnce(FundingCall call) {
        return calls.timeReports(maria, call.getId(), new org.anslag.call.ReportTiming(org.anslag.call.ReportTiming.MAX_DAYS, 30, 7));
    }

    /** Sundsvall's draft with Timrå as confirmed partner and a budget, ready to submit. */
    public GrantApplication completeDraft(FundingCall call, String requested) {
        GrantApplication draft = applications.createDraft(anna, call.getId(), "Testbädd " + UUID.randomUUID());
        GrantApplication withPartner = applications.addPartner(anna, draft.getId(), tomas.organisationId());
        partnerships.answer(tomas, draft.getId(), true, null);
        GrantApplication saved = applications.saveDraft(anna, draft.getId(), withPartner.getVersion(), draft.getTitle(),
                "En testbädd.", new BigDecimal(requested));
        budgets.save(anna, draft.getId(), List.of(new BudgetEntry(anna.organisationId(),
                call.getClosesAt().atZone(ZoneId.of("Europe/Stockholm")).getYear(), CostCategory.PERSONNEL,
                new BigDecimal(requested), BigDecimal.ZERO)));
        return saved;
    }

    /** Submits, confirms eligibility and assigns the evaluator, who declares no conflict: the review is open. */
    public String inReview(GrantApplication draft, String evaluator) {
        String number = applications.submit(anna, draft.getId()).getNumber();
        reviews.decideEligibility(maria, number, true, "Uppfyller kraven.", "sv");
        reviews.assignEvaluators(maria, number, List.of(evaluator));
        reviews.declareConflicts(evaluator(evaluator), number, false, null);
        return number;
    }

    /** The open review scored 5 on every criterion and consolidated: the application waits for its decision. */
    public String readyForDecision(GrantApplication draft, String evaluator) {
        String number = inReview(draft, evaluator);
        Map<Long, Integer> scores = new HashMap<>();
        Map<Long, String> comments = new HashMap<>();
        for (AssessmentCriterion criterion : applications.byNumber(number).getCall().getCriteria()) {
            scores.put(criterion.getId(), 5);
            comments.put(criterion.getId(), "Godtagbart.");
        }
        reviews.submitReview(evaluator(evaluator), number, scores, comments);
        rankings.consolidate(maria, number, null, new BigDecimal("5.00"), "Godtagbar på alla kriterier.");
        return number;
    }

    /** Granted in full and the agreement accepted: the advance is released and the first report is awaited. */
    public String followedUp(GrantApplication draft, String evaluator) {
        String number = readyForDecision(draft, evaluator);
        awards.decide(maria, number, true, draft.getRequestedAmount(), "Beviljas.", "sv");
        awards.acceptAgreement(anna, number);
        return number;
    }

    // the final report (issue 15, final)

    /**
     * The coordinator sends a final report with one reusable result and this total spent, the
     * assessor approves it, and the closing step (a job of the process) has run: the project is closed.
     */
    public void closeWithFinalReport(String number, String assessor, String totalSpent) {
        FinalReports finalReports = ejb(FinalReports.class);
        finalReports.submit(anna, number, new FinalReportContent("Målen är nådda.", List.of(ReusableResult.of(
                "Idéslussens arbetssätt", "Mallar och rutiner för att ta emot idéer.", "Innovationsledare",
                "innovation@sundsvall.se", Licence.CC_BY_4_0, null)), "Börja i liten skala.", new BigDecimal(totalSpent)));
        finalReports.approve(evaluator(assessor), number, 6, "Godkänd slutrapport.");
        awaitStatus(number, ApplicationStatus.CLOSED);
    }

    /** Waits (up to a minute) for the process's job executor to move the application on. */
    public void awaitStatus(String number, ApplicationStatus status) {
        long until = System.currentTimeMillis() + 60_000;
        while (applications.byNumber(number).getStatus() != status) {
            if (System.currentTimeMillis() > until) {
                throw new AssertionError(number + " is " + applications.byNumber(number).getStatus() + ", not " + status);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting for " + status, e);
            }
        }
    }
}
